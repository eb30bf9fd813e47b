/** The Jenkins mock and verdict from the terminal: listen's flags, send's warning, lint-jenkins' exit codes. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../src/main/core/samples/generate-sample';
import { assertCliBuilt, hookbench, startHookbench } from '../support/cli-process';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const TOKEN = 'jenkins-cli-secret-77';

beforeAll(assertCliBuilt);

function pushWithout(key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = generateSample('Push Hook').payload;
  return rest;
}

describe('hookbench and the Jenkins plugin', () => {
  it('listen --mock-jenkins-job answers as the plugin, with the token from HOOKBENCH_MOCK_JENKINS_TOKEN; send warns before a 401', async () => {
    const dataDir = tempDir();
    const listen = await startHookbench(['listen', '--port', '0', '--data-dir', dataDir, '--mock-jenkins-job', 'team/build-app'], /Jenkins GitLab-plugin mock answers at (http:\/\/127\.0\.0\.1:\d+\/)project\/team\/build-app\n/, {
      HOOKBENCH_MOCK_JENKINS_TOKEN: TOKEN,
    });
    try {
      const base = listen.match[1];
      const sent = await hookbench(['send', 'Push Hook', '--to', `${base}project/team/build-app`, '--data-dir', tempDir()]);
      expect(sent.code).toBe(1);
      expect(sent.stderr).toMatch(/^Warning: Neither a secret token nor a user's API token: Jenkins answers 401 if the job has a Secret token/);
      expect(sent.stderr).toMatch(/\n401 in \d+ ms — Push Hook to .*\/project\/team\/build-app/);
      const built = await hookbench(['send', 'Push Hook', '--to', `${base}project/team/build-app`, '--data-dir', tempDir()], { HOOKBENCH_SECRET_TOKEN: TOKEN });
      expect([built.code, built.stderr]).toEqual([0, '']);
      const unknown = await hookbench(['send', 'Push Hook', '--to', `${base}project/team/other`, '--data-dir', tempDir()], { HOOKBENCH_SECRET_TOKEN: TOKEN });
      expect(unknown.stderr).toMatch(/^404 in \d+ ms — Push Hook to .*\/project\/team\/other/);
    } finally {
      await listen.stop();
    }
    // Each call is a delivery of the listening folder; lint-jenkins judges a stored one by its number.
    const lint = await hookbench(['lint-jenkins', '1', '--data-dir', dataDir]);
    expect(lint).toMatchObject({ code: 0, stdout: '200 — Jenkins would build team/build-app for refs/heads/main\n' });
    expect(lint.stderr).toContain("Warning: Neither a secret token nor a user's API token");
  });

  it('listen --mock-jenkins says where it answers and that without a token jobs refuse anonymous calls; a bad job file is a warning', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'samples', 'jenkins'), { recursive: true });
    writeFileSync(join(dataDir, 'samples', 'jenkins', 'typo.json'), '{"job": "team/app", "multibranch": "yes"}');
    const listen = await startHookbench(['listen', '--port', '0', '--data-dir', dataDir, '--mock-jenkins'], /anonymous calls with 403 as the plugin does\.\n/);
    try {
      expect(listen.match.input).toMatch(/Jenkins GitLab-plugin mock answers at http:\/\/127\.0\.0\.1:\d+\/project\/<FOLDER>\/<JOB> \(any job\)\n {2}No token: HOOKBENCH_MOCK_JENKINS_TOKEN is not set/);
      await expect.poll(listen.stderr).toContain('Warning: jenkins/typo.json: multibranch must be true or false.');
    } finally {
      await listen.stop();
    }
  });

  it('refuses --mock-jenkins-token on the command line, in words', async () => {
    const refused = await hookbench(['listen', '--port', '0', '--mock-jenkins', '--mock-jenkins-token', TOKEN, '--data-dir', tempDir()]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^--mock-jenkins-token is not taken on the command line, where ps and the shell history show it: set HOOKBENCH_MOCK_JENKINS_TOKEN/);
  });

  it('lint-jenkins FILE: exit 1 with the missing fields, 0 for a full sample, 1 for an ignored event', async () => {
    const dir = tempDir();
    const bare = join(dir, 'bare-push.json');
    writeFileSync(bare, JSON.stringify(pushWithout('repository')));
    const failed = await hookbench(['lint-jenkins', bare]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(
      '500 — Jenkins would answer 500: this Push Hook has no `repository.name`, `repository.git_ssh_url`, `repository.git_http_url` ' +
        '(`repository.name`, `repository.git_ssh_url`, `repository.git_http_url` are deprecated keys the plugin still requires)\n' +
        'Missing: repository.name, repository.git_ssh_url, repository.git_http_url\n',
    );
    const full = join(dir, 'mr.json');
    writeFileSync(full, JSON.stringify(generateSample('Merge Request Hook').payload));
    const passed = await hookbench(['lint-jenkins', full, '--job', 'team/app']);
    expect(passed.code).toBe(0);
    expect(passed.stdout).toMatch(/^200 — Jenkins would build team\/app for merge request !\d+ /);
    const ignored = await hookbench(['lint-jenkins', full, '--event', 'Issue Hook']);
    expect(ignored).toMatchObject({ code: 1, stderr: '404 — Jenkins ignores Issue Hook and answers 404: GitLab counts this as a failure and disables the hook after 4 in a row\n' });
  });
});
