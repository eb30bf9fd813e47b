import type { Counts, DeliveriesChanged } from '@shared/contract';
import type { Counted } from './store/folder-counts';
import type { DeliveryReader } from './store/delivery-reader';

/** Rows past this many per announcement are summed up as `more`: the UI then refetches its window. */
const MAX_ROWS = 200;

/**
 * Announces what changed in the data folder, whoever wrote it: this process (told through `changed()`
 * right after its commit) or any other (the store's reader thread notices their commits). Each check reads
 * the rows above the last one announced and the folder's counts in one snapshot, off the receiver's thread,
 * so an announcement carries the new rows and true counts. At once when quiet, at most one check every
 * `intervalMs` in a burst, so thousands of hooks cost the UI a handful of messages. With no one listening for rows
 * (`listen` in a terminal) only the counts are read: rows read and copied across threads every interval measured
 * 0.6 ms more on the answer p99 at 1,000 hooks/s.
 */
export class ChangeAnnouncer {
  private seen: Counted | null = null;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private checkAgain = false;
  private lastChecked = 0;
  private closed = false;

  constructor(
    private readonly reader: DeliveryReader,
    private readonly announce: (change: DeliveriesChanged) => void,
    private readonly report: (message: string) => void,
    private readonly rowsWanted: () => boolean,
    private readonly intervalMs = 50,
  ) {}

  /** Takes the folder as it is now as the starting point: only later changes are announced. */
  async start(): Promise<void> {
    this.seen = (await this.reader.changesSince(Number.MAX_SAFE_INTEGER, 0)).counted;
  }

  /** The folder's counts at the last check: at most one interval old while deliveries come in. */
  get lastCounts(): Counts {
    return this.seen?.counts ?? { total: 0, failures: 0, internalErrors: 0 };
  }

  /** The folder may have changed: checks now, or once the interval since the last check began has passed. */
  changed(): void {
    if (this.closed) return;
    // A change during a check is looked at after it, an interval after that check began: checked at once, each
    // commit of a stream started the next check as the last one ended (measured: 160 checks a second under wrk,
    // their reads on the reader's thread taking the second core from the sender, 0.72 of bare against 0.80).
    if (this.checking) {
      this.checkAgain = true;
      return;
    }
    if (this.timer) return;
    const wait = Math.max(0, this.lastChecked + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.check();
    }, wait);
    this.timer.unref();
  }

  /** The store is another file now: everything in it is announced afresh, as after a removal. */
  storeReplaced(): void {
    this.seen = null;
    this.reader.forget();
    this.changed();
  }

  /** Announces what is waiting, then stops (on shutdown, before the reader closes). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      await this.check();
    }
    await this.checking;
  }

  private check(): Promise<void> {
    if (this.checking) {
      this.checkAgain = true;
      return this.checking;
    }
    this.lastChecked = Date.now();
    this.checking = (async () => {
      try {
        await this.checkOnce();
      } catch (error) {
        this.report(`The inbox could not learn of new deliveries: ${(error as Error).message}`);
      } finally {
        this.checking = null;
      }
      if (!this.checkAgain) return;
      this.checkAgain = false;
      // Closing: what changed meanwhile is announced now, not after an interval.
      if (this.closed) await this.check();
      else this.changed();
    })();
    return this.checking;
  }

  private async checkOnce(): Promise<void> {
    const before = this.seen;
    const withRows = this.rowsWanted();
    const { counted, rows, answered } = await this.reader.changesSince(before?.upToId ?? 0, withRows ? MAX_ROWS + 1 : 0);
    this.seen = counted;
    // Rows only ever come above the highest id (a forward's answer comes with its leg), so the same highest id and
    // no removal is no change.
    if (before && before.upToId === counted.upToId && before.removals === counted.removals) return;
    // Both lists are newest first and every new row is above every answered one: together still newest first.
    const changed = [...rows, ...answered];
    const shown = changed.slice(0, MAX_ROWS);
    this.announce({
      rows: shown,
      ids: shown.map((row) => row.id),
      // Without rows, `more` tells a listener that comes later to fetch its window.
      more: changed.length > MAX_ROWS || !withRows,
      removed: before === null || counted.removals !== before.removals,
      counts: counted.counts,
    });
  }
}
