/**
 * Asks the core again when told that deliveries changed, cheaply: one call in flight at a time, the changes
 * meanwhile folded into one more, and calls spaced by at least half a second or ten times what the last one took,
 * so a burst of thousands of hooks costs a handful of aggregates and a slow store is asked less often.
 */
const MIN_GAP_MS = 500;
const COST_FACTOR = 10;

export type Loaded<T> = { value: T; error: null } | { value: null; error: unknown };

export class Reloader<T> {
  private inFlight = false;
  private again = false;
  private lastStart = Number.NEGATIVE_INFINITY;
  private costMs = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly show: (loaded: Loaded<T>) => void,
  ) {}

  /** Something changed: the answer is asked for now when quiet, or once the spacing allows. */
  request(): void {
    if (this.stopped) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    if (this.timer) return;
    const wait = Math.max(0, this.lastStart + Math.max(MIN_GAP_MS, this.costMs * COST_FACTOR) - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, wait);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    this.inFlight = true;
    this.lastStart = Date.now();
    let loaded: Loaded<T>;
    try {
      loaded = { value: await this.load(), error: null };
    } catch (error) {
      loaded = { value: null, error };
    }
    this.costMs = Date.now() - this.lastStart;
    this.inFlight = false;
    if (this.stopped) return;
    this.show(loaded);
    if (this.again) {
      this.again = false;
      this.request();
    }
  }
}
