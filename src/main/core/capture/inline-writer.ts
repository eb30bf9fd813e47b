import type { DeliveryRecord } from '../store/delivery-record';
import type { DeliveryStore } from '../store/delivery-store';
import type { OnStored, RecordWriter, StoredCallback } from './record-writer';

/**
 * Group commit: every record that completes within one turn of the event loop is stored in a single
 * transaction, then each sender is answered. Under load this turns thousands of commits a second
 * into a few dozen. It runs on the event loop's own thread: on a two-core machine shared with the
 * sender, a writer thread measured slower (thread hand-offs cost more than the inserts they move).
 */
export class InlineWriter implements RecordWriter {
  private pending: DeliveryRecord[] = [];
  private callbacks: StoredCallback[] = [];
  private scheduled = false;

  constructor(
    private readonly deliveries: DeliveryStore,
    private readonly onStored: OnStored,
  ) {}

  store(record: DeliveryRecord, stored: StoredCallback): void {
    this.pending.push(record);
    this.callbacks.push(stored);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  async close(): Promise<void> {
    this.flush();
  }

  private flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    const records = this.pending;
    const callbacks = this.callbacks;
    this.pending = [];
    this.callbacks = [];
    let ids: number[];
    try {
      ids = this.deliveries.insertBatch(records);
    } catch {
      this.storeOneByOne(records, callbacks);
      return;
    }
    for (let i = 0; i < callbacks.length; i++) callbacks[i](null, ids[i]);
    this.onStored(ids, records);
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
