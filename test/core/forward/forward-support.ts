import { useCores } from '../../support/core-harness';

export type StartedCore = Awaited<ReturnType<ReturnType<typeof useCores>>>;

/** The captured delivery and its forward leg, newest pair, read as the UI reads them. */
export async function forwardedPair({ core }: StartedCore) {
  const page = await core.handlers.listDeliveries({ offset: 0, limit: 2, origins: ['captured', 'forwarded'] });
  const leg = page.rows.find((row) => row.origin === 'forwarded');
  const captured = page.rows.find((row) => row.origin === 'captured');
  if (!leg || !captured) throw new Error(`expected a captured delivery and its forward, got ${page.rows.map((r) => r.origin).join(', ')}`);
  const [capturedDetail, legDetail] = await Promise.all([core.handlers.getDelivery(captured.id), core.handlers.getDelivery(leg.id)]);
  if (!capturedDetail || !legDetail) throw new Error('the pair went missing');
  return { captured: capturedDetail, leg: legDetail };
}

/** Waits until the forward leg is stored (it is stored once the target's answer has gone back to the sender). */
export async function legStored({ core }: StartedCore, count = 1, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const page = await core.handlers.listDeliveries({ offset: 0, limit: 50, origins: ['forwarded'] });
    if (page.rows.length >= count) return;
    if (Date.now() > deadline) throw new Error(`no forward leg stored within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
