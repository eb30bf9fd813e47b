import type { Counts, DeliveriesChanged } from '@shared/contract';

/** Ids past this many per announcement are summed up as `more`: the UI then refetches its window. */
const MAX_IDS = 200;

/**
 * Coalesces store changes into at most one `deliveriesChanged` every `intervalMs`, so a burst of
 * thousands of hooks costs the UI a handful of refreshes, while a lone hook shows at once.
 */
export class ChangeAnnouncer {
  private ids: number[] = [];
  private more = false;
  private removed = false;
  private timer: NodeJS.Timeout | null = null;
  private lastAnnounced = 0;

  constructor(
    private readonly counts: () => Counts,
    private readonly announce: (change: DeliveriesChanged) => void,
    private readonly intervalMs = 50,
  ) {}

  changed(ids: readonly number[]): void {
    for (const id of ids) {
      if (this.ids.length < MAX_IDS) this.ids.push(id);
      else this.more = true;
    }
    this.schedule();
  }

  removedSome(): void {
    this.removed = true;
    this.schedule();
  }

  /** Announces anything waiting now (on shutdown). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.ids.length === 0 && !this.removed) return;
    const change: DeliveriesChanged = { ids: this.ids, more: this.more, removed: this.removed, counts: this.counts() };
    this.ids = [];
    this.more = false;
    this.removed = false;
    this.lastAnnounced = Date.now();
    this.announce(change);
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.lastAnnounced + this.intervalMs - Date.now());
    this.timer = setTimeout(() => this.flush(), wait);
    this.timer.unref();
  }
}
