import type { BodyBytes, BodyPart } from '@shared/delivery';
import { REVEAL_SECRETS, type Redaction } from './export/redaction';
import { sliceBody } from './body-slice';
import type { DeliveryReader } from './store/delivery-reader';

/** Long enough for the rest of a body to be asked after its first screenful, on a loaded machine. */
const HOLD_MS = 15_000;
/** The request and the response body of the delivery on screen. */
const HELD_BODIES = 2;
/** How masked starts are remembered (no bytes, only how they were masked), so a late rest still joins its start. */
const REMEMBERED_STARTS = 16;
/**
 * A first screenful is masked from this much more of the stored start (at least), so a secret or a token value
 * that runs past the screenful is settled; a start that settles too little is read again twice as long.
 */
const START_READ_FACTOR = 4;
const MIN_START_READ = 64 * 1024;
/** Beyond this a start that still settles too little (a form body, a huge token value) is masked whole. */
const MAX_START_READ = 1024 * 1024;

interface Held {
  bytes: Promise<Uint8Array | null>;
  timer: NodeJS.Timeout;
}

/**
 * Bodies as shown, by slices: the UI asks for a body's first screenful, then for the rest. The first screenful
 * of a long body is read and masked from its stored start alone (SQLite cuts it), so 25 MB cost the screenful
 * little; the whole body is read and masked once, starting then, and the rest is cut from that snapshot. Both
 * are masked with the masking the start was given, so the two join even if a secret changes in between. A
 * read from offset 0 always reads afresh; what is held is dropped once the rest has been given, or after HOLD_MS.
 */
export class ShownBodies {
  private readonly held = new Map<string, Held>();
  private readonly startsMaskedWith = new Map<string, Redaction>();

  constructor(
    private readonly reader: DeliveryReader,
    private readonly masking: () => Redaction,
  ) {}

  async slice(id: number, part: BodyPart, reveal: boolean, offset: number, limit: number | undefined): Promise<BodyBytes | null> {
    const key = `${id}/${part}/${reveal ? 'revealed' : 'masked'}`;
    if (offset === 0) return this.start(key, id, part, reveal ? REVEAL_SECRETS : this.masking(), limit);
    const kept = await this.held.get(key)?.bytes.catch(() => undefined);
    const bytes = kept !== undefined ? kept : await this.read(id, part, this.startsMaskedWith.get(key) ?? (reveal ? REVEAL_SECRETS : this.masking()));
    if (!bytes) return null;
    const slice = sliceBody(bytes, offset, limit);
    if (slice.offset + slice.bytes.byteLength >= bytes.byteLength) this.drop(key);
    return slice;
  }

  /** The deliveries were deleted or the store is another file: nothing held may be shown again. */
  forget(): void {
    for (const key of [...this.held.keys()]) this.drop(key);
    this.startsMaskedWith.clear();
  }

  private async start(key: string, id: number, part: BodyPart, shown: Redaction, limit: number | undefined): Promise<BodyBytes | null> {
    this.drop(key);
    this.remember(key, shown);
    let whole: Uint8Array | null | undefined;
    for (let length = limit === undefined ? 0 : Math.max(limit * START_READ_FACTOR, MIN_START_READ); length > 0 && length <= MAX_START_READ; length *= 2) {
      const stored = await this.reader.bodyStart(id, part, length);
      if (!stored) return null;
      if (stored.start.byteLength >= stored.size) {
        whole = shown.body(stored.start);
        break;
      }
      const settled = shown.bodyStart(stored.start);
      if (settled.byteLength < limit!) continue;
      this.hold(key, this.read(id, part, shown));
      return { size: stored.size, offset: 0, bytes: sliceBody(settled, 0, limit).bytes, sizeAsStored: true };
    }
    const bytes = whole ?? (await this.read(id, part, shown));
    if (!bytes) return null;
    const slice = sliceBody(bytes, 0, limit);
    if (slice.bytes.byteLength < bytes.byteLength) this.hold(key, Promise.resolve(bytes));
    return slice;
  }

  private async read(id: number, part: BodyPart, shown: Redaction): Promise<Uint8Array | null> {
    const stored = await this.reader.body(id, part);
    // A mask can be longer or shorter than its secret, and a secret can straddle any cut: the whole body is
    // masked first and slices are cut from the masked bytes, so no slice ever shows part of a secret.
    return stored && shown.body(stored);
  }

  private remember(key: string, shown: Redaction): void {
    this.startsMaskedWith.delete(key);
    if (this.startsMaskedWith.size >= REMEMBERED_STARTS) this.startsMaskedWith.delete(this.startsMaskedWith.keys().next().value!);
    this.startsMaskedWith.set(key, shown);
  }

  private hold(key: string, bytes: Promise<Uint8Array | null>): void {
    if (this.held.size >= HELD_BODIES) this.drop(this.held.keys().next().value!);
    // A read that failed is not kept: the rest is read again, masked as its start was.
    bytes.catch(() => this.held.get(key)?.bytes === bytes && this.drop(key));
    const timer = setTimeout(() => this.drop(key), HOLD_MS);
    timer.unref();
    this.held.set(key, { bytes, timer });
  }

  private drop(key: string): void {
    const held = this.held.get(key);
    if (!held) return;
    clearTimeout(held.timer);
    this.held.delete(key);
  }
}
