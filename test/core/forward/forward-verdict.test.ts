import { describe, expect, it } from 'vitest';
import { useCores } from '../../support/core-harness';
import { startReceiver } from '../../support/local-servers';
import { useTempDirs } from '../../support/temp-dir';
import { forwardedPair, legStored } from './forward-support';

const tempDir = useTempDirs();
const startCore = useCores();

describe("GitLab's verdict on a forward target", () => {
  it('disables the hook after 4 failed forwards, and a replay does not move the count', async () => {
    const target = await startReceiver({ status: 500, body: 'boom' });
    const started = await startCore(tempDir(), {}, undefined, { routeFlags: { forward: `${target.url}/in` } });
    const post = () => fetch(`http://127.0.0.1:${started.port}/hooks?attempt=1`, { method: 'POST', body: '{}' }).then((r) => r.status);
    for (let i = 0; i < 3; i++) expect(await post()).toBe(500);
    await legStored(started, 3);
    const url = `${target.url}/in/hooks`;
    expect(await started.core.handlers.getGitlabVerdict(url)).toMatchObject({ state: 'enabled', failures: 3 });

    const { leg } = await forwardedPair(started);
    await started.core.handlers.replayDelivery({ id: leg.id });
    expect(await started.core.handlers.getGitlabVerdict(url)).toMatchObject({ failures: 3 });

    expect(await post()).toBe(500);
    await legStored(started, 4);
    await target.close();
    const verdict = await started.core.handlers.getGitlabVerdict(`${url}?any=query`);
    expect(verdict).toMatchObject({ target: url, state: 'temporarily-disabled', failures: 4 });
    expect(verdict.retryAt! - verdict.disabledAt!).toBe(60_000);
    expect(verdict.words).toMatch(/^GitLab would have disabled this hook at \d\d:\d\d after 4 failures; it would try again at \d\d:\d\d\.$/);
  });
});
