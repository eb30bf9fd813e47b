import type { DeliveryRecord } from '../store/delivery-record';
import type { DeliveryStore, EndedForward } from '../store/delivery-store';
import type { ForwardsStored, OnStored, RecordWriter, StoredCallback } from './record-writer';

/**
 * Group commit: every record that completes within one turn of the event loop, and every forward that ended in
 * it, is stored in a single transaction, then each sender is answered. Under load this turns thousands of commits
 * a second into a few dozen, and a forward's leg shares the commit of the captures that came beside it. It runs
 * on the event loop's own thread: on a two-core machine shared with the sender, a writer thread measured slower
 * (thread hand-offs cost more than the inserts they move).
 */
export class InlineWriter<T extends EndedForward = EndedForward> implements RecordWriter<T> {
  private pending: DeliveryRecord[] = [];
  private callbacks: StoredCallback[] = [];
  private ended: T[] = [];
  private scheduled = false;

  constructor(
    private readonly deliveries: DeliveryStore,
    private readonly onStored: OnStored,
    private readonly forwards: ForwardsStored<T>,
  ) {}

  store(record: DeliveryRecord, stored: StoredCallback): void {
    this.pending.push(record);
    this.callbacks.push(stored);
    this.schedule();
  }

  complete(ended: T): void {
    this.ended.push(ended);
    this.schedule();
  }

  async close(): Promise<void> {
    this.flush();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0 && this.ended.length === 0) return;
    const { pending: records, callbacks, ended } = this;
    this.pending = [];
    this.callbacks = [];
    this.ended = [];
    let ids: number[];
    try {
      ids = this.deliveries.insertBatch(records, ended);
    } catch {
      this.completeAlone(ended);
      this.storeOneByOne(records, callbacks);
      return;
    }
    for (let i = 0; i < callbacks.length; i++) callbacks[i](null, ids[i]);
    if (ended.length > 0) this.forwards.stored(ended);
    if (ids.length > 0) this.onStored(ids, records);
  }

  /** After a failed batch the forwards' senders have their answers already: only the legs can be lost, and this says why. */
  private completeAlone(ended: T[]): void {
    if (ended.length === 0) return;
    try {
      this.deliveries.insertBatch([], ended);
    } catch (error) {
      this.forwards.failed(ended, error as Error);
      return;
    }
    this.forwards.stored(ended);
  }

  /** After a failed batch, each record gets its own chance: one bad record must not sink the others. */
  private storeOneByOne(records: DeliveryRecord[], callbacks: StoredCallback[]): void {
    const storedIds: number[] = [];
    const storedRecords: DeliveryRecord[] = [];
    records.forEach((record, i) => {
      let id: number;
      try {
        [id] = this.deliveries.insertBatch([record]);
      } catch (error) {
        callbacks[i](error as Error, 0);
        return;
      }
      callbacks[i](null, id);
      storedIds.push(id);
      storedRecords.push(record);
    });
    if (storedIds.length > 0) this.onStored(storedIds, storedRecords);
  }
}
