/** `hookbench trigger` as users run it: the built CLI in a child Node process, against fake GitLab and Jenkins servers. */
import { beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitlab } from '../support/fake-gitlab';
import { startFakeJenkins } from '../support/fake-jenkins';
import { useFakeServers } from '../support/fake-server';
import { useTempDirs } from '../support/temp-dir';
import { assertCliBuilt, hookbench } from '../support/cli-process';

const tempDir = useTempDirs();
const startServer = useFakeServers();

const TOKEN = 'glptt-cli0123456789abcd';

describe('hookbench trigger', () => {
  beforeAll(assertCliBuilt);

  it('gitlab: prints the curl with the token masked, sends, stores and explains; exits 1 on a refusal', async () => {
    const gitlab = await startFakeGitlab(startServer, { token: TOKEN, project: 'group/app', branches: ['main'] });
    const dataDir = tempDir();
    const args = ['trigger', 'gitlab', '--url', gitlab.url, '--project', 'group/app', '--ref', 'main', '--var', 'ENV=prod=blue', '--input', 'n=2', '--data-dir', dataDir];

    const ok = await hookbench([...args, '--encoding', 'json'], { HOOKBENCH_TRIGGER_TOKEN: TOKEN });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`--data-raw '{"token":"••••••abcd","ref":"main","variables":{"ENV":"prod=blue"},"inputs":{"n":"2"}}'`);
    expect(ok.stdout).toMatch(new RegExp(`\\n\\n201 in \\d+ ms — POST ${gitlab.url}/api/v4/projects/group%2Fapp/trigger/pipeline \\(delivery #1\\)\\nPipeline #1000 created on main\\.\\n`));
    expect(ok.stdout.trimEnd().endsWith('https://gitlab.test/group/app/-/pipelines/1000')).toBe(true);
    expect(gitlab.calls[0]).toMatchObject({ token: TOKEN, ref: 'main', variables: { ENV: 'prod=blue' }, inputs: { n: '2' } });

    const refused = await hookbench([...args, '--ref-in-url', '--token', 'glptt-wrong-token-000']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^404 in \d+ ms — POST .*\/ref\/main\/trigger\/pipeline\?token=••••••-000&.* \(delivery #2\)\nGitLab did not accept the token, or the project \(404 Not Found\)\./);

    const exported = await hookbench(['export', '--format', 'ndjson', '--data-dir', dataDir]);
    expect(exported.stdout.trim().split('\n').map((line) => JSON.parse(line).origin)).toEqual(['trigger', 'trigger']);
    expect(exported.stdout).not.toContain(TOKEN);
    expect(exported.stdout).not.toContain('glptt-wrong-token-000');
  });

  it('jenkins: a remote build with parameters and a crumb, and a plugin hook with a warning', async () => {
    const jenkins = await startFakeJenkins(startServer, { csrf: true, jobs: { 'apps/web': { buildToken: TOKEN, parameterized: true, pluginSecret: TOKEN } } });
    const dataDir = tempDir();
    const build = await hookbench(['trigger', 'jenkins', '--url', jenkins.url, '--job', 'apps/web', '--build-token', TOKEN, '--param', 'ENV=prod', '--data-dir', dataDir]);
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/^CRUMB=\$\(curl --silent --fail --cookie-jar jenkins-cookies\.txt /);
    expect(build.stdout).toContain(`'${jenkins.url}/job/apps/job/web/buildWithParameters?token=••••••abcd&ENV=prod'`);
    expect(build.stdout).toContain(`Build queued.\n`);
    expect(jenkins.builds).toEqual([{ job: 'apps/web', parameters: { ENV: 'prod' } }]);

    const hook = await hookbench(['trigger', 'jenkins', '--url', jenkins.url, '--job', 'apps/web', '--event', 'Issue Hook', '--data-dir', dataDir], { HOOKBENCH_SECRET_TOKEN: TOKEN });
    expect(hook.code).toBe(1);
    expect(hook.stdout).toContain("--header 'X-Gitlab-Token: ••••••abcd'");
    expect(hook.stderr).toMatch(/^Warning: Jenkins ignores Issue Hook and answers 404: GitLab counts this as a failure/);
    expect(hook.stderr).toContain('Jenkins ignored the hook, or does not know the job (404).');
  });

  it('explains what is missing or mixed up, with the usage, exit code 2', async () => {
    const missing = await hookbench(['trigger', 'gitlab', '--url', 'https://gitlab.example.com']);
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([2, 'hookbench trigger gitlab needs --project, --ref.']);
    const mixed = await hookbench(['trigger', 'jenkins', '--url', 'http://ci', '--job', 'a', '--event', 'Push Hook', '--build-token', 't']);
    expect(mixed.stderr.split('\n')[0]).toBe('Choose the GitLab plugin (--event, --secret-token) or a remote build (--build-token, --param): not --event with --build-token.');
    const badVar = await hookbench(['trigger', 'gitlab', '--url', 'https://g', '--project', '1', '--ref', 'main', '--var', 'NOVALUE']);
    expect(badVar.stderr.split('\n')[0]).toBe('--var takes KEY=VALUE, not "NOVALUE".');
    const target = await hookbench(['trigger', 'github']);
    expect([target.code, target.stderr]).toEqual([2, expect.stringMatching(/^hookbench trigger takes gitlab or jenkins first/)]);
    const credentials = await hookbench(['trigger', 'jenkins', '--url', 'https://ci:tok@ci.example.com', '--job', 'a', '--data-dir', tempDir()]);
    expect([credentials.code, credentials.stderr.trim()]).toEqual([1, expect.stringMatching(/^Keep user:password@ out of the Jenkins URL/)]);
  });
});
