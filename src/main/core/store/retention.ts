import type { DeliveryStore } from './delivery-store';

/** Retention runs shortly after a burst rather than inside it (once an announcement counted the folder), keeping the capture path short. */
const PRUNE_DELAY_MS = 250;

export interface RetentionOptions {
  /** How many deliveries to keep (0 keeps all), as the settings say now. */
  retain: () => number;
  /** The folder's total at the last announcement. */
  total: () => number;
  /** Some deliveries went. */
  pruned: () => void;
}

/** Keeps the folder to the newest `retain` deliveries. */
export class Retention {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: DeliveryStore,
    private readonly options: RetentionOptions,
  ) {}

  /** Prunes shortly, if the folder holds more than it keeps. */
  soon(): void {
    const retain = this.options.retain();
    if (this.timer || retain <= 0 || this.options.total() <= retain) return;
    this.timer = setTimeout(() => this.now(), PRUNE_DELAY_MS);
    this.timer.unref();
  }

  now(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.store.prune(this.options.retain()) > 0) this.options.pruned();
  }
}
