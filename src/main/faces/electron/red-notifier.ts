/**
 * A native notification when a delivery goes red (answered outside 2xx, or no answer) while the window is in the
 * background, if Settings allows. Watches the counts every deliveriesChanged carries, so it needs no query.
 */
import type { ContractEventListener, Counts } from '@shared/contract';

export interface RedNotifierDeps {
  /** Whether Settings → Notifications allows it; asked only when there is something to say. */
  enabled(): Promise<boolean>;
  /** True when no Hookbench window has the focus. */
  inBackground(): boolean;
  notify(title: string, body: string): void;
}

const redOf = (counts: Counts) => counts.failures + counts.internalErrors;

export interface RedNotifier {
  /** The counts when watching starts, so the first red delivery is noticed too. */
  seed(counts: Counts): void;
  readonly listener: ContractEventListener;
}

export function createRedNotifier({ enabled, inBackground, notify }: RedNotifierDeps): RedNotifier {
  let lastRed: number | null = null;
  return {
    seed(counts) {
      lastRed = redOf(counts);
    },
    listener(name, payload) {
      if (name !== 'deliveriesChanged') return;
      const red = redOf((payload as { counts: Counts }).counts);
      const added = lastRed === null ? 0 : red - lastRed;
      lastRed = red;
      if (added <= 0 || !inBackground()) return;
      void enabled().then((allowed) => {
        if (!allowed) return;
        const title = added === 1 ? 'A delivery went red' : `${added} deliveries went red`;
        notify(title, `${red.toLocaleString()} red in total (answered outside 200–299, or no answer). Open Hookbench to see why.`);
      });
    },
  };
}
