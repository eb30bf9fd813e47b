import { describe, expect, it } from 'vitest';
import type { Counts } from '@shared/contract';
import { createRedNotifier } from '../../../src/main/faces/electron/red-notifier';

const changed = (counts: Counts) => ({ rows: [], ids: [1], more: false, removed: false, counts });
const settle = () => new Promise((resolve) => setImmediate(resolve));

function notifier(state: { enabled: boolean; background: boolean }) {
  const shown: Array<[string, string]> = [];
  const red = createRedNotifier({
    enabled: async () => state.enabled,
    inBackground: () => state.background,
    notify: (title, body) => shown.push([title, body]),
  });
  red.seed({ total: 10, failures: 1, internalErrors: 0 });
  return { red, shown };
}

describe('the notification for a red delivery', () => {
  it('is shown when a delivery goes red while the window is in the background', async () => {
    const { red, shown } = notifier({ enabled: true, background: true });
    red.listener('deliveriesChanged', changed({ total: 11, failures: 2, internalErrors: 0 }));
    red.listener('deliveriesChanged', changed({ total: 14, failures: 2, internalErrors: 2 }));
    await settle();
    expect(shown).toEqual([
      ['A delivery went red', '2 red in total (answered outside 200–299, or no answer). Open Hookbench to see why.'],
      ['2 deliveries went red', '4 red in total (answered outside 200–299, or no answer). Open Hookbench to see why.'],
    ]);
  });

  it('is not shown for green deliveries, with the window in front, or when Settings turns it off', async () => {
    const state = { enabled: true, background: true };
    const { red, shown } = notifier(state);
    red.listener('deliveriesChanged', changed({ total: 12, failures: 1, internalErrors: 0 }));
    state.background = false;
    red.listener('deliveriesChanged', changed({ total: 13, failures: 2, internalErrors: 0 }));
    state.background = true;
    state.enabled = false;
    red.listener('deliveriesChanged', changed({ total: 14, failures: 3, internalErrors: 0 }));
    red.listener('receiverState', { status: 'stopped', host: '127.0.0.1', port: 0, url: null, exposed: false, message: null });
    await settle();
    expect(shown).toEqual([]);
  });
});
