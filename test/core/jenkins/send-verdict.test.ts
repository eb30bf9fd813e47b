/** The plugin's verdict before sending: Compose's preview, Replay's and Triggers' warnings. */
import { describe, expect, it } from 'vitest';
import { useCores } from '../../support/core-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const PLUGIN = 'http://127.0.0.1:9/project/team/build-app';

describe('the Jenkins verdict before sending', () => {
  it('Compose: an Issue Hook would get 404, a Push Hook without repository a 500 naming the fields, a full Push Hook nothing', async () => {
    const { core } = await startCore(tempDir());
    const preview = async (event: string, payload: string, secretToken: string | null = 's3cret') =>
      (await core.handlers.previewSampleHeaders({ to: PLUGIN, event, payload, secretToken })).warnings;
    const issue = (await core.handlers.generateSample({ event: 'Issue Hook' })).payload;
    expect(await preview('Issue Hook', issue)).toEqual(['Jenkins ignores Issue Hook and answers 404: GitLab counts this as a failure and disables the hook after 4 in a row.']);
    const push = (await core.handlers.generateSample({ event: 'Push Hook' })).payload;
    expect(await preview('Push Hook', push)).toEqual([]);
    const { repository: _dropped, ...bare } = JSON.parse(push) as Record<string, unknown>;
    expect(await preview('Push Hook', JSON.stringify(bare))).toEqual([
      expect.stringMatching(/^This Push Hook lacks fields the plugin requires: repository\.name, repository\.git_ssh_url, repository\.git_http_url\. Jenkins would answer 500/),
    ]);
    expect((await preview('Push Hook', push, null))[0]).toMatch(/^Neither a secret token nor a user's API token/);
    // user:pass@ in the URL is Basic auth, as GitLab sends it: no warning about the token then.
    const basic = await core.handlers.previewSampleHeaders({ to: 'http://ci:apitoken@127.0.0.1:9/project/app', event: 'Push Hook', payload: push });
    expect(basic.warnings).toEqual([]);
  });

  it('Replay: a stored Note Hook replayed to /project/ says the default job builds on no comment', async () => {
    const inbox = await startCore(tempDir());
    const note = (await inbox.core.handlers.generateSample({ event: 'Note Hook', variant: 'merge-request' })).payload;
    await inbox.core.handlers.sendSample({ to: `http://127.0.0.1:${inbox.port}/in`, event: 'Note Hook', payload: note, secretToken: 't' });
    const [row] = (await inbox.core.handlers.listDeliveries({ offset: 0, limit: 5 })).rows.filter((r) => r.origin === 'captured');
    expect((await inbox.core.handlers.previewReplay({ id: row.id, to: PLUGIN })).warnings).toEqual([
      "Jenkins answers 200 but would not build: the job has no comment regex, so no comment triggers it (for a job with the plugin's default options).",
    ]);
    expect((await inbox.core.handlers.previewReplay({ id: row.id, to: 'http://127.0.0.1:9/hooks' })).warnings).toEqual([]);
  });
});
