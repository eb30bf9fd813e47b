/** Jenkins triggers through the core, against a fake Jenkins with CSRF crumbs, core's remote build and the GitLab plugin. */
import { describe, expect, it } from 'vitest';
import type { JenkinsPluginPreset, JenkinsRemoteBuildPreset } from '@shared/trigger-preset';
import { useCores } from '../../support/core-harness';
import { startFakeJenkins, type FakeJenkinsOptions } from '../../support/fake-jenkins';
import { useFakeServers } from '../../support/fake-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const startServer = useFakeServers();

const BUILD_TOKEN = 'build-token-0123456789';
const SECRET = 'plugin-secret-0123456789';
const API_TOKEN = '11aa22bb33cc44dd55ee66ff77889900aa';

const JENKINS: FakeJenkinsOptions = {
  csrf: true,
  users: { ci: API_TOKEN },
  jobs: {
    'team apps/deploy': { buildToken: BUILD_TOKEN, parameterized: true, pluginSecret: SECRET },
    plain: { buildToken: BUILD_TOKEN },
    open: {},
  },
};

function remote(baseUrl: string, changes: Partial<JenkinsRemoteBuildPreset> = {}): JenkinsRemoteBuildPreset {
  return { kind: 'jenkins-remote-build', name: 'deploy', schedule: null, baseUrl, jobPath: 'team apps/deploy', parameters: [], user: '', ...changes };
}

function plugin(baseUrl: string, changes: Partial<JenkinsPluginPreset> = {}): JenkinsPluginPreset {
  return {
    kind: 'jenkins-gitlab-plugin', name: 'push', schedule: null, baseUrl, jobPath: 'team apps/deploy', auth: 'secret-token', user: '',
    event: 'Push Hook', variant: null, payload: null, ...changes,
  };
}

async function setup(options: FakeJenkinsOptions = JENKINS) {
  const jenkins = await startFakeJenkins(startServer, options);
  const { core } = await startCore(tempDir());
  return { jenkins, core };
}

describe('Jenkins remote build', () => {
  it('fetches a crumb once for an anonymous POST and reuses it with its session cookie', async () => {
    const { jenkins, core } = await setup();
    const first = await core.handlers.sendTrigger({ preset: remote(jenkins.url, { parameters: [['ENV', 'prod'], ['DRY RUN', 'yes & no']] }), secrets: { token: BUILD_TOKEN } });
    const second = await core.handlers.sendTrigger({ preset: remote(jenkins.url, { jobPath: 'plain' }), secrets: { token: BUILD_TOKEN } });

    expect([first.delivery.status, second.delivery.status]).toEqual([201, 201]);
    expect(jenkins.crumbFetches).toBe(1);
    const cookies = jenkins.requests.map((request) => request.headers.cookie);
    expect(cookies[0]).toMatch(/^JSESSIONID\.fake=[\w-]+$/);
    expect(cookies[1]).toBe(cookies[0]);
    expect(jenkins.requests.map((request) => request.url.replace(/\?.*/, ''))).toEqual(['/job/team%20apps/job/deploy/buildWithParameters', '/job/plain/build']);
    expect(jenkins.builds).toEqual([{ job: 'team apps/deploy', parameters: { ENV: 'prod', 'DRY RUN': 'yes & no' } }, { job: 'plain', parameters: {} }]);
    expect(first.delivery).toMatchObject({ origin: 'trigger', provider: 'other', event: null });
    expect(first.explanation).toMatchObject({ ok: true, summary: 'Build queued.', link: `${jenkins.url}/queue/item/1/` });
  });

  it('fetches a fresh crumb once when Jenkins refuses the cached one', async () => {
    const { jenkins, core } = await setup();
    await core.handlers.sendTrigger({ preset: remote(jenkins.url, { jobPath: 'plain' }), secrets: { token: BUILD_TOKEN } });
    jenkins.expireSessions();
    const again = await core.handlers.sendTrigger({ preset: remote(jenkins.url, { jobPath: 'plain' }), secrets: { token: BUILD_TOKEN } });
    expect(again.delivery.status).toBe(201);
    expect(jenkins.crumbFetches).toBe(2);
    expect(jenkins.requests).toHaveLength(3);
    expect(jenkins.requests[2].headers.cookie).not.toBe(jenkins.requests[1].headers.cookie);
  });

  it('sends without a crumb when Jenkins has none to issue (CSRF protection off), and never fetches one for an API token', async () => {
    const off = await setup({ ...JENKINS, csrf: false });
    const sent = await off.core.handlers.sendTrigger({ preset: remote(off.jenkins.url, { jobPath: 'plain' }), secrets: { token: BUILD_TOKEN } });
    expect(sent.delivery.status).toBe(201);
    expect(off.jenkins.requests[0].headers).not.toHaveProperty('jenkins-crumb');

    const on = await setup();
    const asUser = await on.core.handlers.sendTrigger({ preset: remote(on.jenkins.url, { jobPath: 'plain', user: 'ci' }), secrets: { apiToken: API_TOKEN } });
    expect(asUser.delivery.status).toBe(201);
    expect(on.jenkins.crumbFetches).toBe(0);
    expect(on.jenkins.requests[0].headers.authorization).toBe(`Basic ${Buffer.from(`ci:${API_TOKEN}`).toString('base64')}`);
  });

  it('explains a wrong build token, parameters for a job without any, and an unknown job', async () => {
    const { jenkins, core } = await setup();
    const wrong = await core.handlers.sendTrigger({ preset: remote(jenkins.url, { jobPath: 'plain' }), secrets: { token: 'nope' } });
    expect([wrong.delivery.status, wrong.explanation.summary]).toEqual([403, 'Jenkins refused the build token (403).']);
    const params = await core.handlers.sendTrigger({ preset: remote(jenkins.url, { jobPath: 'plain', parameters: [['A', '1']] }), secrets: { token: BUILD_TOKEN } });
    expect([params.delivery.status, params.explanation.summary]).toEqual([500, 'The job takes no parameters (500 "This build is not parameterized").']);
    const unknown = await core.handlers.sendTrigger({ preset: remote(jenkins.url, { jobPath: 'gone/away' }), secrets: { token: BUILD_TOKEN } });
    expect([unknown.delivery.status, unknown.explanation.summary]).toEqual([404, 'Jenkins does not know this job (404).']);
    const anonymous = await core.handlers.previewTrigger({ preset: remote(jenkins.url, { jobPath: 'plain' }) });
    expect(anonymous.warnings).toEqual(['No build token and no API token: Jenkins builds only if anonymous users have Build permission on the job.']);
  });
});

describe('Jenkins GitLab plugin', () => {
  it('delivers a fresh sample to /project/FOLDER/JOB with GitLab\'s headers and the secret token, never fetching a crumb', async () => {
    const { jenkins, core } = await setup();
    const { delivery: row, explanation } = await core.handlers.sendTrigger({ preset: plugin(jenkins.url), secrets: { token: SECRET } });
    expect(row).toMatchObject({ origin: 'trigger', status: 200, provider: 'gitlab', event: 'Push Hook', url: `${jenkins.url}/project/team%20apps/deploy` });
    expect(explanation).toMatchObject({ ok: true, summary: 'Jenkins accepted the hook.' });
    expect(jenkins.crumbFetches).toBe(0);
    expect(jenkins.hooks).toEqual([{ job: 'team apps/deploy', event: 'Push Hook' }]);
    const [request] = jenkins.requests;
    const names = Object.keys(request.headers);
    expect(names.slice(0, 4)).toEqual(['content-type', 'user-agent', 'idempotency-key', 'x-gitlab-event']);
    expect(request.headers).toMatchObject({ 'user-agent': 'GitLab/19.1.0', 'x-gitlab-token': SECRET, 'x-gitlab-instance': 'https://gitlab.example.com' });
    expect(JSON.parse(request.body.toString())).toMatchObject({ object_kind: 'push', repository: { url: expect.any(String) } });
  });

  it('sends the preset\'s own payload, and Basic auth for a user\'s API token', async () => {
    const { jenkins, core } = await setup();
    const payload = { object_kind: 'merge_request', object_attributes: { iid: 7 } };
    const { delivery: row } = await core.handlers.sendTrigger({
      preset: plugin(jenkins.url, { jobPath: 'open', auth: 'api-token', user: 'ci', event: 'Merge Request Hook', payload }),
      secrets: { apiToken: API_TOKEN, token: 'unused' },
    });
    expect(row.status).toBe(200);
    expect(JSON.parse(jenkins.requests[0].body.toString())).toEqual(payload);
    expect(jenkins.requests[0].headers).not.toHaveProperty('x-gitlab-token');
    expect(jenkins.requests[0].headers.authorization).toBe(`Basic ${Buffer.from(`ci:${API_TOKEN}`).toString('base64')}`);
  });

  it('warns before sending, and explains after, an ignored event, a push without repository.url, a bad token and a missing permission', async () => {
    const { jenkins, core } = await setup();
    const issue = plugin(jenkins.url, { event: 'Issue Hook' });
    expect((await core.handlers.previewTrigger({ preset: issue, secrets: { token: SECRET } })).warnings).toEqual([
      'Jenkins ignores Issue Hook and answers 404: GitLab counts this as a failure and disables the hook after 4 in a row.',
    ]);
    const ignored = await core.handlers.sendTrigger({ preset: issue, secrets: { token: SECRET } });
    expect([ignored.delivery.status, ignored.explanation.summary]).toEqual([404, 'Jenkins ignored the hook, or does not know the job (404).']);

    const bare = plugin(jenkins.url, { payload: { object_kind: 'push', ref: 'refs/heads/main', repository: { name: 'app' } } });
    expect((await core.handlers.previewTrigger({ preset: bare, secrets: { token: SECRET } })).warnings).toEqual([
      'Jenkins would do nothing and answer 404: this Push Hook has a `repository` without `repository.url`.',
    ]);
    expect((await core.handlers.sendTrigger({ preset: bare, secrets: { token: SECRET } })).delivery.status).toBe(404);

    const badToken = await core.handlers.sendTrigger({ preset: plugin(jenkins.url), secrets: { token: 'wrong' } });
    expect([badToken.delivery.status, badToken.explanation.summary]).toEqual([401, 'Jenkins refused the secret token ("Invalid token").']);
    const noAuth = await core.handlers.sendTrigger({ preset: plugin(jenkins.url, { jobPath: 'open', auth: 'none' }) });
    expect([noAuth.delivery.status, noAuth.explanation.summary]).toEqual([403, 'Jenkins wants a user with Job/Build permission (403).']);
    expect(jenkins.crumbFetches).toBe(0);
  });
});
