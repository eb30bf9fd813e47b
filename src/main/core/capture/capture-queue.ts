import type { DeliveryRecord } from '../store/delivery-record';
import type { BatchWriter } from './batch-writer';

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
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly writer: BatchWriter,
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

  /** Hands over whatever is waiting and resolves once everything handed over is stored. */
  async drain(): Promise<void> {
    this.flush();
    await Promise.all(this.inFlight);
  }

  private flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    const records = this.pending;
    const callbacks = this.callbacks;
    this.pending = [];
    this.callbacks = [];
    const stored = this.writer.write(records).then(
      (ids) => {
        for (let i = 0; i < callbacks.length; i++) callbacks[i](null, ids[i]);
        this.onStored(ids, records);
      },
      (error: Error) => {
        for (const callback of callbacks) callback(error, 0);
      },
    );
    this.inFlight.add(stored);
    void stored.finally(() => this.inFlight.delete(stored));
  }
}
