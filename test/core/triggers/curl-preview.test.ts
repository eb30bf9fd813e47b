/** The curl command shown before sending: masked unless revealed, and, revealed, the same request when pasted in a shell. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { GitlabTriggerPreset, JenkinsPluginPreset, JenkinsRemoteBuildPreset } from '@shared/trigger-preset';
import { useCores } from '../../support/core-harness';
import { startFakeGitlab } from '../../support/fake-gitlab';
import { startFakeJenkins } from '../../support/fake-jenkins';
import { useFakeServers } from '../../support/fake-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const startServer = useFakeServers();
const run = promisify(execFile);
const hasCurl = existsSync('/usr/bin/curl');

const TOKEN = 'glptt-abcdef0123456789wxyz';
const API_TOKEN = '11aa22bb33cc44dd55ee66ff77889900aa';

function gitlabPreset(baseUrl: string, encoding: GitlabTriggerPreset['encoding']): GitlabTriggerPreset {
  return {
    kind: 'gitlab-trigger', name: 'g', schedule: null, baseUrl, project: 'group/app', ref: 'main', encoding,
    variables: [['QUOTE', "it's $HOME `x`"], ['FILE', '@/etc/passwd']], inputs: [['env', 'staging']],
  };
}

describe('the curl preview', () => {
  it('masks every secret unless revealed', async () => {
    const { core } = await startCore(tempDir());
    const preset: JenkinsPluginPreset = {
      kind: 'jenkins-gitlab-plugin', name: 'p', schedule: null, baseUrl: 'https://ci.example.com/jenkins', jobPath: 'apps/web',
      auth: 'api-token', user: 'ci', event: 'Push Hook', variant: null, payload: { object_kind: 'push', repository: { url: 'git@x:y.git' } },
    };
    const masked = await core.handlers.previewTrigger({ preset, secrets: { apiToken: API_TOKEN } });
    const basic = Buffer.from(`ci:${API_TOKEN}`).toString('base64');
    expect(JSON.stringify(masked)).not.toContain(API_TOKEN);
    expect(JSON.stringify(masked)).not.toContain(basic);
    expect(masked.curl).toContain(`--user 'ci:••••••00aa'`);
    expect(masked.headers).toContainEqual(['Authorization', `Basic ••••••${basic.slice(-4)}`]);
    expect(masked.curl).toMatch(/^curl \\\n {2}--request POST \\\n {2}--header 'Content-Type: application\/json' \\\n {2}--header 'User-Agent: GitLab\/19\.1\.0'/);
    expect(masked.curl).toContain("--header 'X-Gitlab-Event: Push Hook'");
    expect(masked.curl).not.toContain('Authorization');
    expect(masked.curl.endsWith(`--data-raw '${masked.body}' \\\n  'https://ci.example.com/jenkins/project/apps/web'`)).toBe(true);

    const revealed = await core.handlers.previewTrigger({ preset, secrets: { apiToken: API_TOKEN } }, true);
    expect(revealed.curl).toContain(`--user 'ci:${API_TOKEN}'`);
    expect(revealed.headers).toContainEqual(['Authorization', `Basic ${basic}`]);
  });

  it.skipIf(!hasCurl)('pasted in a shell, makes the request GitLab reads as the one Hookbench sends', async () => {
    const gitlab = await startFakeGitlab(startServer, { token: TOKEN, project: 'group/app', branches: ['main'] });
    const { core } = await startCore(tempDir());
    for (const encoding of ['form', 'query', 'json', 'ref-in-url'] as const) {
      const preview = await core.handlers.previewTrigger({ preset: gitlabPreset(gitlab.url, encoding), secrets: { token: TOKEN } }, true);
      expect(preview.curl).not.toContain('••');
      const { stdout } = await run('bash', ['-c', `${preview.curl} --silent`]);
      expect(JSON.parse(stdout), encoding).toMatchObject({ status: 'created', ref: 'main' });
      await core.handlers.sendTrigger({ preset: gitlabPreset(gitlab.url, encoding), secrets: { token: TOKEN } });
      const [fromCurl, fromHookbench] = gitlab.calls.splice(0);
      // Only the multipart boundary may differ: curl picks its own.
      expect({ ...fromCurl, contentType: null }, encoding).toEqual({ ...fromHookbench, contentType: null });
      expect(fromCurl.variables).toEqual({ QUOTE: "it's $HOME `x`", FILE: '@/etc/passwd' });
    }
  });

  it.skipIf(!hasCurl)('for an anonymous Jenkins POST, fetches the crumb into $CRUMB and sends it with its cookie', async () => {
    const jenkins = await startFakeJenkins(startServer, { csrf: true, jobs: { app: { buildToken: TOKEN } } });
    const { core } = await startCore(tempDir());
    const preset: JenkinsRemoteBuildPreset = { kind: 'jenkins-remote-build', name: 'r', schedule: null, baseUrl: jenkins.url, jobPath: 'app', parameters: [], user: '' };
    const masked = await core.handlers.previewTrigger({ preset, secrets: { token: TOKEN } });
    expect(masked.curl).toContain(`'${jenkins.url}/job/app/build?token=••••••wxyz'`);
    const revealed = await core.handlers.previewTrigger({ preset, secrets: { token: TOKEN } }, true);
    const cwd = tempDir();
    const { stdout } = await run('bash', ['-c', `${revealed.curl} --silent --output /dev/null --write-out '%{http_code}'`], { cwd });
    expect(stdout).toBe('201');
    expect(jenkins.crumbFetches).toBe(1);
    expect(jenkins.requests[0].headers.cookie).toMatch(/^JSESSIONID\.fake=/);
  });
});
