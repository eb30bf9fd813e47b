import type { BodyBytes, BodyPart } from '@shared/delivery';
import type { Redaction } from './export/redaction';
import { sliceBody } from './body-slice';
import type { DeliveryReader } from './store/delivery-reader';

/** Long enough for the rest of a body to be asked after its first screenful, on a loaded machine. */
const HOLD_MS = 15_000;
/** The request and the response body of the delivery on screen. */
const HELD_BODIES = 2;

interface Held {
  bytes: Uint8Array;
  timer: NodeJS.Timeout;
}

/**
 * Bodies as shown, by slices: the UI asks for a body's first screenful, then for the rest. A 25 MB body is
 * read and masked once, at the first slice, and the rest is cut from that same snapshot, so the two join even
 * if a secret changes in between. A read from offset 0 always reads afresh; what is held is dropped once the
 * rest has been given, or after HOLD_MS.
 */
export class ShownBodies {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly reader: DeliveryReader,
    private readonly masking: () => Redaction,
  ) {}

  async slice(id: number, part: BodyPart, reveal: boolean, offset: number, limit: number | undefined): Promise<BodyBytes | null> {
    const key = `${id}/${part}/${reveal ? 'revealed' : 'masked'}`;
    const kept = offset > 0 ? this.held.get(key) : undefined;
    const bytes = kept?.bytes ?? (await this.read(id, part, reveal));
    if (!bytes) return null;
    const slice = sliceBody(bytes, offset, limit);
    const restToCome = slice.offset + slice.bytes.byteLength < bytes.byteLength;
    if (restToCome && !kept) this.hold(key, bytes);
    if (!restToCome) this.drop(key);
    return slice;
  }

  /** The deliveries were deleted or the store is another file: nothing held may be shown again. */
  forget(): void {
    for (const key of [...this.held.keys()]) this.drop(key);
  }

  private async read(id: number, part: BodyPart, reveal: boolean): Promise<Uint8Array | null> {
    const stored = await this.reader.body(id, part);
    // A mask can be longer or shorter than its secret, and a secret can straddle any cut: the whole body is
    // masked first and slices are cut from the masked bytes, so no slice ever shows part of a secret.
    return stored && (reveal ? stored : this.masking().body(stored));
  }

  private hold(key: string, bytes: Uint8Array): void {
    this.drop(key);
    if (this.held.size >= HELD_BODIES) this.drop(this.held.keys().next().value!);
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
