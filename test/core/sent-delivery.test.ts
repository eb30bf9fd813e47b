import { describe, expect, it } from 'vitest';
import { headerValue } from '@shared/headers';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

/** A send's answer is the delivery as stored and shown: exactly what getDelivery reads back afterwards. */
describe('sends answer with the stored delivery', () => {
  it('gives a sample send, a replay and a failed send whole, secrets masked as getDelivery masks them', async () => {
    const sender = await startCore(tempDir());
    const receiver = await startCore(tempDir());
    const to = `http://jenkins:s3cret@127.0.0.1:${receiver.port}/hook`;
    const sent = await sender.core.handlers.sendSample({ to, event: 'Push Hook', payload: '{"object_kind":"push"}', secretToken: 'tok-1' });
    expect(sent).toEqual(await sender.core.handlers.getDelivery(sent.id));
    expect(sent.responseHeaders?.length).toBeGreaterThan(0);
    expect([headerValue(sent.requestHeaders, 'X-Gitlab-Token'), headerValue(sent.requestHeaders, 'Authorization')]).toEqual(['••••••', 'Basic ••••••']);

    const replayed = await sender.core.handlers.replayDelivery({ id: sent.id });
    expect(replayed).toMatchObject({ origin: 'replay', parentId: sent.id, status: 200 });
    expect(replayed).toEqual(await sender.core.handlers.getDelivery(replayed.id));

    const refused = await sender.core.handlers.sendSample({ to: 'http://127.0.0.1:9/nowhere', event: 'Push Hook', payload: '{}' });
    expect(refused).toMatchObject({ status: null, errorKind: 'refused', responseHeaders: null, responseSize: null });
    expect(refused.errorMessage).toBeTruthy();
    expect(refused).toEqual(await sender.core.handlers.getDelivery(refused.id));
  });

  it('gives a trigger call whole, with its explanation', async () => {
    const core = await startCore(tempDir(), {}, undefined, { mockTriggerToken: () => 'glptt-mock' });
    const preset = {
      kind: 'gitlab-trigger' as const, name: 'mock', schedule: null, baseUrl: `http://127.0.0.1:${core.port}`, project: 'group/app',
      ref: 'main', variables: [], inputs: [], encoding: 'form' as const,
    };
    const { delivery, explanation } = await core.core.handlers.sendTrigger({ preset, secrets: { token: 'glptt-mock' } });
    expect(delivery).toEqual(await core.core.handlers.getDelivery(delivery.id));
    expect(delivery.origin).toBe('trigger');
    expect(explanation.summary).toBeTruthy();
  });
});
