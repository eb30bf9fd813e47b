/** GitLab pipeline triggers through the core, against a fake GitLab that parses calls as Rails does. */
import { describe, expect, it } from 'vitest';
import type { GitlabTriggerEncoding, GitlabTriggerPreset } from '@shared/trigger-preset';
import { useCores } from '../../support/core-harness';
import { startFakeGitlab } from '../../support/fake-gitlab';
import { useFakeServers } from '../../support/fake-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const startServer = useFakeServers();

const TOKEN = 'glptt-0123456789abcdef0123';
const PROJECT = 'platform/tools/hookbench';

function preset(baseUrl: string, changes: Partial<GitlabTriggerPreset> = {}): GitlabTriggerPreset {
  return {
    kind: 'gitlab-trigger', name: 'nightly', schedule: null, baseUrl, project: PROJECT, ref: 'release/1.x',
    variables: [['DEPLOY_ENV', 'staging'], ['NOTE', "it's & fine=1"]], inputs: [['job_count', '3']], encoding: 'form', ...changes,
  };
}

async function setup() {
  const gitlab = await startFakeGitlab(startServer, { token: TOKEN, project: PROJECT, branches: ['main', 'release/1.x'] });
  const { core } = await startCore(tempDir());
  return { gitlab, core };
}

describe('GitLab pipeline trigger', () => {
  it.each<GitlabTriggerEncoding>(['form', 'query', 'json', 'ref-in-url'])('%s carries token, ref, variables and inputs as GitLab reads them', async (encoding) => {
    const { gitlab, core } = await setup();
    const { delivery: row, explanation } = await core.handlers.sendTrigger({ preset: preset(gitlab.url, { encoding }), secrets: { token: TOKEN } });

    expect(gitlab.calls).toEqual([expect.objectContaining({
      method: 'POST', project: PROJECT, token: TOKEN, ref: 'release/1.x',
      variables: { DEPLOY_ENV: 'staging', NOTE: "it's & fine=1" }, inputs: { job_count: '3' },
    })]);
    expect(row).toMatchObject({ origin: 'trigger', status: 201, provider: 'gitlab', event: null, method: 'POST' });
    expect(explanation).toEqual({
      ok: true,
      summary: 'Pipeline #1000 created on release/1.x.',
      detail: expect.stringContaining('CI_PIPELINE_SOURCE is "trigger"'),
      link: `https://gitlab.test/${PROJECT}/-/pipelines/1000`,
    });
  });

  it('encodes the project path, and in the webhook form the ref with its slashes, as one path segment each', async () => {
    const { gitlab, core } = await setup();
    const preview = await core.handlers.previewTrigger({ preset: preset(`${gitlab.url}/`, { encoding: 'ref-in-url' }), secrets: { token: TOKEN } }, true);
    expect(preview.url).toBe(
      `${gitlab.url}/api/v4/projects/platform%2Ftools%2Fhookbench/ref/release%2F1.x/trigger/pipeline?token=${TOKEN}` +
        '&variables%5BDEPLOY_ENV%5D=staging&variables%5BNOTE%5D=it%27s+%26+fine%3D1&inputs%5Bjob_count%5D=3',
    );
    expect(preview.body).toBe('');
    const json = await core.handlers.previewTrigger({ preset: preset(gitlab.url, { encoding: 'json', inputs: [] }), secrets: { token: TOKEN } }, true);
    expect(JSON.parse(json.body)).toEqual({ token: TOKEN, ref: 'release/1.x', variables: { DEPLOY_ENV: 'staging', NOTE: "it's & fine=1" } });
    expect(json.headers).toEqual([
      ['Content-Type', 'application/json'], ['Host', new URL(gitlab.url).host], ['Content-Length', String(Buffer.byteLength(json.body))], ['Connection', 'close'],
    ]);
  });

  it('sends the multipart body with the boundary its Content-Type names', async () => {
    const { gitlab, core } = await setup();
    const preview = await core.handlers.previewTrigger({ preset: preset(gitlab.url), secrets: { token: TOKEN } }, true);
    const contentType = preview.headers.find(([name]) => name === 'Content-Type')?.[1] ?? '';
    const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
    expect(boundary).toBeTruthy();
    expect(preview.body.startsWith(`--${boundary}\r\nContent-Disposition: form-data; name="token"\r\n\r\n${TOKEN}\r\n`)).toBe(true);
    expect(preview.body.endsWith(`--${boundary}--\r\n`)).toBe(true);
  });

  it('explains a wrong token, a SHA as ref, a missing token and bad variables in the reference\'s words', async () => {
    const { gitlab, core } = await setup();
    const wrong = await core.handlers.sendTrigger({ preset: preset(gitlab.url), secrets: { token: 'glptt-not-the-right-one' } });
    expect(wrong.delivery.status).toBe(404);
    expect(wrong.explanation).toMatchObject({ ok: false, summary: 'GitLab did not accept the token, or the project (404 Not Found).' });
    expect(wrong.explanation.detail).toMatch(/belongs to another project.*does not say which/);

    const sha = preset(gitlab.url, { ref: 'd3adb33fd3adb33fd3adb33fd3adb33fd3adb33f', encoding: 'query' });
    const shaPreview = await core.handlers.previewTrigger({ preset: sha, secrets: { token: TOKEN } });
    expect(shaPreview.warnings).toEqual([expect.stringMatching(/^The ref d3adb33fd3ad… is a commit SHA: .*"Reference not found"/)]);
    const shaSent = await core.handlers.sendTrigger({ preset: sha, secrets: { token: TOKEN } });
    expect([shaSent.delivery.status, shaSent.explanation.summary]).toEqual([400, 'The ref is not a branch or tag of this project.']);
    expect(shaSent.explanation.detail).toMatch(/a commit SHA is not accepted.*GitLab said: Reference not found$/);

    const tokenless = await core.handlers.previewTrigger({ preset: preset(gitlab.url, { encoding: 'json' }) });
    expect(tokenless.warnings).toEqual(['No token: GitLab answers 400 "token is missing".']);
    const noToken = await core.handlers.sendTrigger({ preset: preset(gitlab.url, { encoding: 'json' }), secrets: { token: '' } });
    expect([noToken.delivery.status, noToken.explanation.summary]).toEqual([400, 'The token is missing.']);
  });

  it('records a refused connection as an internal error, explained', async () => {
    const { core } = await setup();
    const { delivery: row, explanation } = await core.handlers.sendTrigger({ preset: preset('http://127.0.0.1:9'), secrets: { token: TOKEN } });
    expect(row).toMatchObject({ origin: 'trigger', status: null, errorKind: 'refused' });
    expect(explanation.ok).toBe(false);
    expect(explanation.summary).toMatch(/^No answer from GitLab: Connection refused by 127\.0\.0\.1:9/);
    expect(explanation.detail).toMatch(/check the base URL and port/);
  });
});
