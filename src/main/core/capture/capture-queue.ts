import type { DeliveryRecord } from '../store/delivery-record';
import type { DeliveryStore } from '../store/delivery-store';

export type StoredCallback = (error: Error | null, id: number) => void;

/**
 * Group commit for the capture path: every delivery that completes within one turn of the event
 * loop is stored in a single transaction, and each sender is acknowledged only after that commit.
 * Under load this turns thousands of commits a second into a few dozen, at no cost to durability.
 */
export class CaptureQueue {
  private pending: DeliveryRecord[] = [];
  private callbacks: StoredCallback[] = [];
  private scheduled = false;

  constructor(
    private readonly store: DeliveryStore,
    private readonly onStored: (ids: readonly number[], records: readonly DeliveryRecord[]) => void,
  ) {}

  enqueue(record: DeliveryRecord, stored: StoredCallback): void {
    this.pending.push(record);
    this.callbacks.push(stored);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Stores whatever is waiting now; also called on shutdown so nothing queued is dropped. */
  flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    const records = this.pending;
    const callbacks = this.callbacks;
    this.pending = [];
    this.callbacks = [];
    let ids: number[];
    try {
      ids = this.store.insertBatch(records);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const callback of callbacks) callback(failure, 0);
      return;
    }
    for (let i = 0; i < callbacks.length; i++) callbacks[i](null, ids[i]);
    this.onStored(ids, records);
  }
}
