import { describe, expect, it } from 'vitest';
import { ContractError } from '@shared/errors';
import { generateSigningToken } from '../../src/main/core/verify/standard-webhooks';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

describe('warnings on previews, for every face', () => {
  it('a Pipeline Hook aimed at GitLab\'s trigger API is warned about in the send preview, a plain hook is not', async () => {
    const { core } = await startCore(tempDir());
    const payload = (await core.handlers.generateSample({ event: 'Pipeline Hook' })).payload;
    const trap = await core.handlers.previewSampleHeaders({ to: 'http://127.0.0.1:9/api/v4/projects/1/trigger/pipeline?token=t', event: 'Pipeline Hook', payload });
    expect(trap.warnings.join('\n')).toMatch(/X-Gitlab-Event: Pipeline Hook: GitLab answers 403/);
    expect(trap.headers.some(([name]) => name === 'X-Gitlab-Event')).toBe(true);
    const plain = await core.handlers.previewSampleHeaders({ to: 'http://127.0.0.1:9/hook', event: 'Pipeline Hook', payload });
    expect(plain.warnings).toEqual([]);
  });

  it('replaying a signed delivery without a signing token is warned about, with one it is not', async () => {
    const signingToken = generateSigningToken();
    const inbox = await startCore(tempDir());
    const sender = await startCore(tempDir());
    const payload = (await sender.core.handlers.generateSample({ event: 'Push Hook' })).payload;
    await sender.core.handlers.sendSample({ to: `http://127.0.0.1:${inbox.port}/in`, event: 'Push Hook', payload, signingToken });
    await sender.core.handlers.sendSample({ to: `http://127.0.0.1:${inbox.port}/in`, event: 'Push Hook', payload });
    const [unsigned, signed] = (await inbox.core.handlers.listDeliveries({ offset: 0, limit: 2 })).rows;

    expect((await inbox.core.handlers.previewReplay({ id: signed.id, to: 'http://127.0.0.1:9/' })).warnings).toEqual([
      expect.stringMatching(/^The original webhook-signature is sent as it was; it will not verify with a new id or after 5 minutes\./),
    ]);
    expect((await inbox.core.handlers.previewReplay({ id: signed.id, signingToken })).warnings).toEqual([]);
    expect((await inbox.core.handlers.previewReplay({ id: unsigned.id })).warnings).toEqual([]);
  });

  it('a preview of a delivery that is gone is not-found, as the replay would be', async () => {
    const { core } = await startCore(tempDir());
    const failed = await (async () => core.handlers.previewReplay({ id: 99 }))().catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ContractError);
    expect(failed).toMatchObject({ code: 'not-found/delivery', message: 'There is no delivery #99: it may have been deleted or pruned.' });
  });
});
