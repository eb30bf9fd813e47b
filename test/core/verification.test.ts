import { describe, expect, it } from 'vitest';
import { generateSigningToken } from '../../src/main/core/verify/standard-webhooks';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

describe('verification on receive', () => {
  it('gives each delivery a token and a signature verdict, and keeps them in the export', async () => {
    const signingToken = generateSigningToken();
    const receiver = await startCore(tempDir(), {}, { secretToken: 's3cret', signingToken, rejectInvalid: false });
    const sender = await startCore(tempDir());
    const to = `http://127.0.0.1:${receiver.port}/hook`;
    const payload = (await sender.core.handlers.generateSample({ event: 'Push Hook' })).payload;

    await sender.core.handlers.sendSample({ to, event: 'Push Hook', payload, secretToken: 's3cret', signingToken });
    await sender.core.handlers.sendSample({ to, event: 'Push Hook', payload, secretToken: 'wrong', signingToken: generateSigningToken() });
    await fetch(to, { method: 'POST', body: payload });

    const { rows } = await receiver.core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(rows.map((r) => [r.status, r.tokenCheck, r.signatureCheck])).toEqual([
      [200, 'missing', 'missing'],
      [200, 'invalid', 'invalid'],
      [200, 'valid', 'valid'],
    ]);
    const wrong = await receiver.core.handlers.getDelivery(rows[1].id);
    expect([wrong?.tokenReason, wrong?.signatureReason]).toEqual([
      'X-Gitlab-Token does not match the secret token',
      expect.stringContaining('with the signing token'),
    ]);
    const good = await receiver.core.handlers.getDelivery(rows[2].id);
    expect([good?.tokenReason, good?.signatureReason]).toEqual([null, null]);
    const har = JSON.parse(await receiver.core.handlers.exportDeliveries('har'));
    expect(har.log.entries[0]._hookbench).toMatchObject({ tokenCheck: 'valid', signatureCheck: 'valid' });
  });

  it('answers 401 to a failed check when asked to, as the Jenkins plugin does, and still lists it', async () => {
    const receiver = await startCore(tempDir(), {}, { secretToken: 's3cret', signingToken: null, rejectInvalid: true });
    const to = `http://127.0.0.1:${receiver.port}/project/job`;
    const refused = await fetch(to, { method: 'POST', headers: { 'X-Gitlab-Token': 'nope' }, body: '{}' });
    expect([refused.status, await refused.text()]).toEqual([401, 'Invalid token: X-Gitlab-Token does not match the secret token\n']);
    const accepted = await fetch(to, { method: 'POST', headers: { 'X-Gitlab-Token': 's3cret' }, body: '{}' });
    expect(accepted.status).toBe(200);
    const { rows } = await receiver.core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(rows.map((r) => [r.status, r.tokenCheck, r.signatureCheck])).toEqual([
      [200, 'valid', 'not-configured'],
      [401, 'invalid', 'not-configured'],
    ]);
  });

  it('refuses a signing token GitLab could not have made before the receiver starts', async () => {
    await expect(startCore(tempDir(), {}, { secretToken: null, signingToken: 'not-a-token', rejectInvalid: false })).rejects.toThrow(
      /whsec_/,
    );
  });
});
