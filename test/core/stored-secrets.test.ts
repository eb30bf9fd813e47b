import { describe, expect, it } from 'vitest';
import { passphraseKey } from '../../src/main/core/secrets/passphrase-key';
import { generateSigningToken } from '../../src/main/core/verify/standard-webhooks';
import type { ContractEventName } from '@shared/contract';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const SECRET = 'hook-secret-0123456789';

async function verdicts(core: Awaited<ReturnType<typeof startCore>>['core']) {
  const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 10 });
  return rows.map((r) => [r.status, r.tokenCheck, r.signatureCheck]);
}

describe('receiver tokens from the secret store', () => {
  it('checks each delivery against the tokens set through setSecret, with no restart', async () => {
    const receiver = await startCore(tempDir(), {}, undefined, { secretKey: passphraseKey('pass') });
    const sender = await startCore(tempDir());
    const to = `http://127.0.0.1:${receiver.port}/hook`;
    const payload = (await sender.core.handlers.generateSample({ event: 'Push Hook' })).payload;
    const send = (secretToken: string | null, signingToken: string | null = null) =>
      sender.core.handlers.sendSample({ to, event: 'Push Hook', payload, secretToken, signingToken });

    await send(SECRET);
    await receiver.core.handlers.setSecret('receiver.secretToken', SECRET);
    await send(SECRET);
    await send('wrong');
    const signingToken = generateSigningToken();
    await receiver.core.handlers.setSecret('receiver.signingToken', signingToken);
    await send(SECRET, signingToken);
    await receiver.core.handlers.updateSettings({ receiver: { rejectInvalid: true } });
    expect((await send(SECRET, generateSigningToken())).status).toBe(401);
    await receiver.core.handlers.setSecret('receiver.signingToken', null);
    await receiver.core.handlers.setSecret('receiver.secretToken', null);
    expect((await send('anything')).status).toBe(200);

    expect(await verdicts(receiver.core)).toEqual([
      [200, 'not-configured', 'not-configured'],
      [401, 'valid', 'invalid'],
      [200, 'valid', 'valid'],
      [200, 'invalid', 'not-configured'],
      [200, 'valid', 'not-configured'],
      [200, 'not-configured', 'not-configured'],
    ]);
  });

  it('lets this run’s command-line tokens win over the stored ones', async () => {
    const dataDir = tempDir();
    const receiver = await startCore(dataDir, {}, { secretToken: 'from-the-flag', signingToken: null, rejectInvalid: true }, { secretKey: passphraseKey('pass') });
    await receiver.core.handlers.setSecret('receiver.secretToken', SECRET);
    const to = `http://127.0.0.1:${receiver.port}/`;
    expect((await fetch(to, { method: 'POST', headers: { 'X-Gitlab-Token': SECRET }, body: '{}' })).status).toBe(401);
    expect((await fetch(to, { method: 'POST', headers: { 'X-Gitlab-Token': 'from-the-flag' }, body: '{}' })).status).toBe(200);
  });

  it('keeps tokens across restarts with the same key, and announces each change', async () => {
    const dataDir = tempDir();
    const first = await startCore(dataDir, {}, undefined, { secretKey: passphraseKey('pass') });
    const events: Array<[ContractEventName, unknown]> = [];
    first.core.subscribe((name, payload) => events.push([name, payload]));
    const state = await first.core.handlers.setSecret('receiver.secretToken', SECRET);
    expect(state).toEqual({ storage: 'encrypted', message: null, masked: { 'receiver.secretToken': '••••••6789' } });
    expect(events).toContainEqual(['secretsChanged', state]);
    await first.core.close();

    const second = await startCore(dataDir, {}, undefined, { secretKey: passphraseKey('pass') });
    expect(await second.core.handlers.getSecretsState()).toEqual(state);
    expect(await second.core.handlers.revealSecret('receiver.secretToken')).toBe(SECRET);
    const to = `http://127.0.0.1:${second.port}/`;
    await fetch(to, { method: 'POST', headers: { 'X-Gitlab-Token': SECRET }, body: '{}' });
    expect(await verdicts(second.core)).toEqual([[200, 'valid', 'not-configured']]);
  });

  it('refuses, in words, a signing token GitLab could not have made and a name it does not keep', async () => {
    const { core } = await startCore(tempDir(), {}, undefined, { secretKey: passphraseKey('pass') });
    await expect(async () => core.handlers.setSecret('receiver.signingToken', 'whsec_c2hvcnQ=')).rejects.toThrow(/Standard Webhooks keys are 24 to 64 bytes/);
    await expect(async () => core.handlers.revealSecret('../../etc/passwd' as never)).rejects.toThrow(/is not a secret Hookbench keeps/);
    await expect(async () => core.handlers.updateSettings({ receiver: { rejectInvalid: 'yes' as never } })).rejects.toThrow(
      /receiver.rejectInvalid must be true or false/,
    );
  });
});
