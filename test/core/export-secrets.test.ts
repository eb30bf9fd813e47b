import { describe, expect, it } from 'vitest';
import { passphraseKey } from '../../src/main/core/secrets/passphrase-key';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

const PRESET_TOKEN = 'glptt-a/b+c=d-0123456789';
const HEADER_SECRETS = {
  'X-Gitlab-Token': 'header-token-only-here',
  Authorization: 'Basic dXNlcjphcGl0b2tlbg==',
  Cookie: 'JSESSIONID=node0abc',
  'Jenkins-Crumb': 'crumb-4c1d',
  'PRIVATE-TOKEN': 'glpat-private',
};

/** A trigger call carrying a preset token in the query (URL-encoded) and the body, and credentials in headers. */
async function storeDeliveriesWithSecrets() {
  const { core, port } = await startCore(tempDir(), {}, undefined, { secretKey: passphraseKey('pass') });
  await core.handlers.setSecret('preset:nightly.json:token', PRESET_TOKEN);
  const body = JSON.stringify({ token: PRESET_TOKEN, ref: 'main' });
  await fetch(`http://127.0.0.1:${port}/api/v4/projects/1/trigger/pipeline?token=${encodeURIComponent(PRESET_TOKEN)}`, {
    method: 'POST',
    headers: HEADER_SECRETS,
    body,
  });
  return { core, body };
}

const plainValues = [PRESET_TOKEN, encodeURIComponent(PRESET_TOKEN), ...Object.values(HEADER_SECRETS)];

describe('exports and secrets', () => {
  it.each(['har', 'ndjson'] as const)('%s carries no secret by default, only masked hints', async (format) => {
    const { core } = await storeDeliveriesWithSecrets();
    const exported = await core.handlers.exportDeliveries(format);
    for (const value of plainValues) expect(exported).not.toContain(value);
    expect(exported).toContain('••••••6789');
    expect(exported).toContain('ref');
  });

  it('keeps everything, bodies byte for byte, when the user asks to reveal secrets', async () => {
    const { core, body } = await storeDeliveriesWithSecrets();
    const har = JSON.parse(await core.handlers.exportDeliveries('har', undefined, true));
    const [entry] = har.log.entries;
    expect(entry.request.postData.text).toBe(body);
    expect(entry.request.url).toContain(encodeURIComponent(PRESET_TOKEN));
    for (const [name, value] of Object.entries(HEADER_SECRETS)) {
      expect(entry.request.headers).toContainEqual({ name, value });
    }
    const ndjson = JSON.parse(await core.handlers.exportDeliveries('ndjson', undefined, true));
    expect(ndjson.requestBody).toEqual({ text: body });
  });

  it('masks secret headers in the shape a user can still read', async () => {
    const { core } = await storeDeliveriesWithSecrets();
    const [line] = (await core.handlers.exportDeliveries('ndjson')).trim().split('\n');
    const delivery = JSON.parse(line);
    const headers = Object.fromEntries(delivery.requestHeaders);
    expect(headers).toMatchObject({ 'X-Gitlab-Token': '••••••here', Cookie: '••••••', 'Jenkins-Crumb': '••••••', 'content-type': 'text/plain;charset=UTF-8' });
    expect(JSON.parse(delivery.requestBody.text)).toEqual({ token: '••••••6789', ref: 'main' });
    expect(delivery.url).toBe(`/api/v4/projects/1/trigger/pipeline?token=••••••6789`);
  });
});
