/** Tokens from the environment, as the built CLI reads them: the same rule for listen and send. */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, hookbench, startHookbench } from '../support/cli-process';
import { useFakeServers, type FakeRequest } from '../support/fake-server';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startServer = useFakeServers();

describe('tokens from environment variables', () => {
  beforeAll(assertCliBuilt);

  it('listen checks X-Gitlab-Token against HOOKBENCH_SECRET_TOKEN, and answers the mock with HOOKBENCH_MOCK_TRIGGER_TOKEN', async () => {
    const listen = await startHookbench(
      ['listen', '--port', '0', '--quiet', '--reject-invalid', '--data-dir', tempDir()],
      /listening on (http:\/\/\S+)/,
      { HOOKBENCH_SECRET_TOKEN: 'env-secret', HOOKBENCH_MOCK_TRIGGER_TOKEN: 'env-trigger' },
    );
    try {
      const url = listen.match[1];
      const hook = (token: string) => fetch(url, { method: 'POST', headers: { 'X-Gitlab-Token': token }, body: '{}' });
      expect([(await hook('env-secret')).status, (await hook('wrong')).status]).toEqual([200, 401]);
      const trigger = await fetch(`${url}api/v4/projects/1/trigger/pipeline`, { method: 'POST', body: new URLSearchParams({ token: 'env-trigger', ref: 'main' }) });
      expect(trigger.status).toBe(201);
    } finally {
      await listen.stop();
    }
  });

  it('send takes its secret token from the variable --secret-token-env names', async () => {
    const seen: FakeRequest[] = [];
    const receiver = await startServer((request) => (seen.push(request), { status: 200 }));
    const sent = await hookbench(['send', 'Push Hook', '--to', receiver.url, '--secret-token-env', 'CI_HOOK_TOKEN', '--data-dir', tempDir()], {
      CI_HOOK_TOKEN: 'named-variable-token',
    });
    expect(sent.code).toBe(0);
    expect(seen.map((request) => request.headers['x-gitlab-token'])).toEqual(['named-variable-token']);
  });
});
