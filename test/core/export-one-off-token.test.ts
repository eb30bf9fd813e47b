import { describe, expect, it } from 'vitest';
import { useCores } from '../support/core-harness';
import { useFakeServers } from '../support/fake-server';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const startServer = useFakeServers();

const ONE_OFF_TOKEN = 'one-off-7f3a9c';
const BASIC_PASSWORD = 'basicpass99';

describe('a token given for one send, never saved', () => {
  it.each(['har', 'ndjson'] as const)('is masked in a %s export wherever the receiver echoed it', async (format) => {
    // A receiver that echoes what it got, as debugging receivers (and GitLab's WEBrick example) do.
    const echo = await startServer((request) => ({
      status: 200,
      headers: { 'Content-Type': 'application/json', 'X-Seen-Token': String(request.headers['x-gitlab-token']) },
      body: JSON.stringify({ headers: request.headers }),
    }));
    const { core } = await startCore(tempDir());
    const to = echo.url.replace('http://', `http://hookuser:${BASIC_PASSWORD}@`);
    await core.handlers.sendSample({ to, event: 'Push Hook', payload: '{"object_kind":"push"}', secretToken: ONE_OFF_TOKEN });

    const revealed = await core.handlers.exportDeliveries(format, undefined, true);
    expect(revealed).toContain(ONE_OFF_TOKEN); // the store keeps the wire bytes; masking is the export's job

    const exported = await core.handlers.exportDeliveries(format);
    for (const secret of [ONE_OFF_TOKEN, BASIC_PASSWORD, Buffer.from(`hookuser:${BASIC_PASSWORD}`).toString('base64')]) {
      expect({ secret, leaked: exported.includes(secret) }).toEqual({ secret, leaked: false });
    }
    expect(exported).toContain('X-Seen-Token');
  });
});
