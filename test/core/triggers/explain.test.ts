/** Each documented answer of GitLab's trigger API and of Jenkins, explained in the reference's words (gitlab-protocol.md §4–5). */
import { describe, expect, it } from 'vitest';
import { explainTriggerFailure, explainTriggerResponse, triggerKindOfUrl } from '@shared/trigger-explain';

const gitlab = (status: number, body: unknown) => explainTriggerResponse('gitlab-trigger', status, [], typeof body === 'string' ? body : JSON.stringify(body));
const plugin = (status: number, body = '') => explainTriggerResponse('jenkins-gitlab-plugin', status, [], body);
const remote = (status: number, body = '', headers: Array<[string, string]> = []) => explainTriggerResponse('jenkins-remote-build', status, headers, body);

describe('GitLab trigger answers', () => {
  it('201 names the pipeline and links its web_url', () => {
    expect(gitlab(201, { id: 77, ref: 'main', status: 'created', web_url: 'https://gitlab.com/g/p/-/pipelines/77' })).toEqual({
      ok: true, summary: 'Pipeline #77 created on main.', detail: expect.stringMatching(/Its status is created\.$/), link: 'https://gitlab.com/g/p/-/pipelines/77',
    });
    expect(gitlab(201, { id: 1, web_url: 'javascript:alert(1)' }).link).toBeNull();
  });

  it.each([
    [400, { message: { base: ['Reference not found'] } }, 'The ref is not a branch or tag of this project.', /commit SHA is not accepted.*GitLab said: Reference not found$/],
    [400, { error: 'token is missing' }, 'The token is missing.', /trigger token \(or a CI job token\)/],
    [400, { error: 'ref is empty' }, 'The ref is missing.', /branch or tag/],
    [400, { error: 'variables is invalid' }, 'The variables are not valid.', /map of string keys to string values/],
    [400, { message: 'variables needs to be a map of key-valued strings' }, 'The variables are not valid.', /variables\[KEY\]=value/],
    [400, { message: { base: ['Pipeline will not run for the selected trigger. The rules configuration prevented any jobs from being added to the pipeline.'] } },
      'The pipeline was filtered out by its rules.', /CI_PIPELINE_SOURCE/],
    [401, { message: 'Job is not running' }, 'GitLab refused the CI job token (401).', /only while its job runs.*GitLab said: Job is not running$/],
    [403, { message: '403 Forbidden' }, 'GitLab refused the call (403 Forbidden).', /X-Gitlab-Event: Pipeline Hook/],
    [404, { message: '404 Not Found' }, 'GitLab did not accept the token, or the project (404 Not Found).', /another project.*does not say which/],
    [422, { message: { base: ['jobs config should contain at least one visible job'] } }, 'GitLab could not create the pipeline (422).', /at least one visible job$/],
    [500, '<html>oops</html>', 'GitLab answered 500.', /GitLab said: oops$/],
  ])('%i %j', (status, body, summary, detail) => {
    const explanation = gitlab(status, body);
    expect(explanation).toMatchObject({ ok: false, summary, link: null });
    expect(explanation.detail).toMatch(detail);
  });
});

describe('Jenkins GitLab plugin answers', () => {
  it('200 with an empty body is accepted, even when nothing builds', () => {
    expect(plugin(200)).toMatchObject({ ok: true, summary: 'Jenkins accepted the hook.', detail: expect.stringMatching(/filters decide not to build/) });
  });

  it.each([
    [401, 'Invalid token', 'Jenkins refused the secret token ("Invalid token").'],
    [403, 'anonymous is missing the Job/Build permission', 'Jenkins wants a user with Job/Build permission (403).'],
    [404, '', 'Jenkins ignored the hook, or does not know the job (404).'],
    [409, 'Merge Request Hook is not supported for this project', 'The job is a multibranch project, which takes only push and tag push hooks (409).'],
  ])('%i %s', (status, body, summary) => {
    expect(plugin(status, body)).toMatchObject({ ok: false, summary });
  });
});

describe('Jenkins remote build answers', () => {
  it('201 links the queue item from Location', () => {
    expect(remote(201, '', [['Location', 'https://ci.example.com/queue/item/12/']])).toMatchObject({
      ok: true, summary: 'Build queued.', link: 'https://ci.example.com/queue/item/12/',
    });
  });

  it('tells a missing crumb from a wrong token and a missing permission, all 403', () => {
    expect(remote(403, '<html><h2>HTTP ERROR 403 No valid crumb was included in the request</h2></html>').summary).toBe('Jenkins wants a CSRF crumb (403).');
    expect(remote(403, 'Invalid token provided.').summary).toBe('Jenkins refused the build token (403).');
    expect(remote(403, 'anonymous is missing the Job/Build permission').summary).toBe('Jenkins refused the call: missing permission (403).');
  });

  it.each([
    [405, '', 'Jenkins wants a POST (405).'],
    [409, 'deploy is not buildable', 'The job is not buildable (409): it may be disabled.'],
    [500, 'java.lang.IllegalStateException: This build is not parameterized!', 'The job takes no parameters (500 "This build is not parameterized").'],
    [404, '', 'Jenkins does not know this job (404).'],
    [401, '', expect.stringMatching(/^Jenkins refused the user or API token \(401\)/)],
  ])('%i %s', (status, body, summary) => {
    expect(remote(status, body)).toMatchObject({ ok: false, summary });
  });

  it('200 with HTML is the parameter form of a parameterized job: no build', () => {
    expect(remote(200, '<!DOCTYPE html><html><form>…</form></html>', [['Content-Type', 'text/html;charset=utf-8']])).toMatchObject({
      ok: false, summary: 'No build: the job is parameterized and got no parameters.',
    });
  });
});

describe('answers that never came', () => {
  it.each([
    ['refused', /check the base URL and port/],
    ['timeout', /did not answer in time/],
    ['tls', /turn off Verify TLS/],
    ['reset', /closed it/],
    ['other', /host name/],
  ] as const)('%s', (kind, detail) => {
    const explanation = explainTriggerFailure('jenkins-remote-build', kind, 'the cause');
    expect(explanation).toMatchObject({ ok: false, summary: 'No answer from Jenkins: the cause', link: null });
    expect(explanation.detail).toMatch(detail);
  });
});

describe('the kind of trigger a URL is aimed at', () => {
  it.each([
    ['https://gitlab.com/api/v4/projects/42/trigger/pipeline', 'gitlab-trigger'],
    ['/api/v4/projects/g%2Fp/ref/feature%2Fx/trigger/pipeline?token=t', 'gitlab-trigger'],
    ['https://ci.example.com/jenkins/project/folder/job', 'jenkins-gitlab-plugin'],
    ['https://ci.example.com/job/f/job/n/buildWithParameters?token=t&A=1', 'jenkins-remote-build'],
    ['https://ci.example.com/buildByToken/build?job=n&token=t', 'jenkins-remote-build'],
    ['https://example.com/hooks/gitlab', null],
    ['/api/v4/projects/42/hooks', null],
  ])('%s → %s', (url, kind) => {
    expect(triggerKindOfUrl(url)).toBe(kind);
  });
});
