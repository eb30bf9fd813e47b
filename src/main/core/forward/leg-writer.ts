/**
 * Stores ended forwards in groups: every leg that ends within one turn of the event loop is committed with
 * its capture's answer in one transaction, as the capture path groups its inserts, so a busy target costs a
 * few commits a second rather than one per delivery.
 */
import type { EndedForward } from '../store/delivery-store';

export class LegWriter<T extends EndedForward> {
  private pending: T[] = [];
  private scheduled = false;

  constructor(
    private readonly commit: (ended: readonly T[]) => void,
    private readonly failed: (ended: readonly T[], error: Error) => void,
  ) {}

  store(ended: T): void {
    this.pending.push(ended);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Commits what is waiting now (at close). */
  flush(): void {
    this.scheduled = false;
    const ended = this.pending;
    this.pending = [];
    if (ended.length === 0) return;
    try {
      this.commit(ended);
    } catch (error) {
      this.failed(ended, error as Error);
    }
  }
}
