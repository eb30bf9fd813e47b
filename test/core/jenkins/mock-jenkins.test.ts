/** The Jenkins mock over real HTTP: each row of the plugin's behaviour, with the verdict it states. */
import { describe, expect, it } from 'vitest';
import { JENKINS_TOKEN, sampleHook, useMockJenkins, without } from '../../support/mock-jenkins-harness';
import { PIPELINE_REQUIRED, PUSH_REQUIRED, mergeRequestRequired } from '../../../src/main/core/jenkins/hook-fields';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startMock = useMockJenkins(tempDir);
const JOB = '/project/team/build-app';

describe('the Jenkins mock: events', () => {
  it.each(['Push Hook', 'Tag Push Hook', 'Merge Request Hook'])('a %s with the right token: 200, empty, "would build"', async (event) => {
    const mock = await startMock();
    const reply = await mock.hook(JOB, event, sampleHook(event));
    expect(reply).toMatchObject({ status: 200, body: '' });
    expect(reply.verdict).toMatch(/^Jenkins would build team\/build-app for /);
  });

  it('a Note Hook and a Pipeline Hook: 200, but the default job builds on neither', async () => {
    const mock = await startMock();
    const note = await mock.hook(JOB, 'Note Hook', sampleHook('Note Hook', 'merge-request'));
    expect(note).toMatchObject({ status: 200, body: '', verdict: 'Jenkins answers 200 but would not build: the job has no comment regex, so no comment triggers it' });
    const pipeline = await mock.hook(JOB, 'Pipeline Hook', sampleHook('Pipeline Hook'));
    expect(pipeline).toMatchObject({ status: 200, verdict: 'Jenkins answers 200 but would not build: the job does not trigger on pipeline events' });
  });

  it('a System Hook by its object_kind: a push builds, anything else is a 404', async () => {
    const mock = await startMock();
    expect((await mock.hook(JOB, 'System Hook', sampleHook('Push Hook'))).status).toBe(200);
    expect((await mock.hook(JOB, 'System Hook', { object_kind: 'user_create' })).status).toBe(404);
  });

  it.each(['Issue Hook', 'Wiki Page Hook', 'Job Hook', 'Deployment Hook', 'Release Hook'])('a %s is ignored: 404 with the reason', async (event) => {
    const mock = await startMock();
    const reply = await mock.hook(JOB, event, sampleHook(event));
    expect(reply.status).toBe(404);
    expect(reply.verdict).toBe(`Jenkins ignores ${event} and answers 404: GitLab counts this as a failure and disables the hook after 4 in a row`);
  });

  it('no X-Gitlab-Event: 404', async () => {
    const mock = await startMock();
    const reply = await mock.hook(JOB, null, sampleHook('Push Hook'));
    expect(reply.status).toBe(404);
    expect(reply.verdict).toContain('no `X-Gitlab-Event` header');
  });

  it('GET on the job and its status helpers: 404, saying the mock does not serve them', async () => {
    const mock = await startMock();
    for (const path of [`${JOB}?ref=main`, `${JOB}/builds/status.png?ref=main`]) {
      const response = await fetch(mock.url(path));
      expect(response.status).toBe(404);
      expect(response.headers.get('x-hookbench-verdict')).toContain("Hookbench's Jenkins mock does not serve GET /project/team/build-app");
    }
  });
});

describe('the Jenkins mock: tokens, permissions, jobs', () => {
  it('a missing or wrong token: 401 "Invalid token"', async () => {
    const mock = await startMock();
    expect(await mock.hook(JOB, 'Push Hook', sampleHook('Push Hook'), null)).toMatchObject({ status: 401, body: 'Invalid token' });
    const wrong = await mock.hook(JOB, 'Push Hook', sampleHook('Push Hook'), 'guess');
    expect(wrong).toMatchObject({ status: 401, body: 'Invalid token', verdict: 'Jenkins would answer 401 "Invalid token": X-Gitlab-Token is not the job\'s secret token' });
  });

  it('a job without a token: 403 for anonymous, 200 with Basic auth', async () => {
    const mock = await startMock({ token: () => null });
    const anonymous = await mock.hook(JOB, 'Push Hook', sampleHook('Push Hook'), null);
    expect(anonymous).toMatchObject({ status: 403, body: 'anonymous is missing the Job/Build permission' });
    const basic = await mock.hook(JOB, 'Push Hook', sampleHook('Push Hook'), null, { Authorization: `Basic ${Buffer.from('ci:apitoken').toString('base64')}` });
    expect(basic.status).toBe(200);
  });

  it('declared jobs only: another job is a 404; a path past a job (a branch) still reaches it', async () => {
    const mock = await startMock({ anyJob: false, jobs: ['team/build-app'] });
    const unknown = await mock.hook('/project/team/other', 'Push Hook', sampleHook('Push Hook'));
    expect(unknown).toMatchObject({ status: 404, verdict: 'Jenkins would answer 404: there is no job `team/other`' });
    expect((await mock.hook(`${JOB}/feature-x`, 'Push Hook', sampleHook('Push Hook'))).verdict).toMatch(/^Jenkins would build team\/build-app /);
  });

  it('without --mock-jenkins and no job declared, /project/ gets the default answer', async () => {
    const mock = await startMock({ anyJob: false });
    const reply = await mock.hook(JOB, 'Push Hook', sampleHook('Push Hook'));
    expect(reply.verdict).toBeNull();
    expect(reply.status).toBe(200);
  });

  it('a job file in the samples folder: its options apply, its token comes from the secret store', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'samples', 'jenkins'), { recursive: true });
    writeFileSync(join(dataDir, 'samples', 'jenkins', 'multi.json'), JSON.stringify({ job: 'team/mono', multibranch: true, allowAnonymous: true }));
    writeFileSync(join(dataDir, 'samples', 'jenkins', 'bad.json'), JSON.stringify({ job: 'team/x', token: 'leak' }));
    const mock = await startMock({ anyJob: false }, dataDir);
    expect(mock.core.jenkinsJobs.problems()).toEqual(['jenkins/bad.json: A Jenkins job file must not hold its token: set it in the secret store (jenkins:<job>:token).']);
    const conflict = await mock.hook('/project/team/mono', 'Merge Request Hook', sampleHook('Merge Request Hook'));
    expect(conflict).toMatchObject({ status: 409, body: 'Merge Request Hook is not supported for this project' });
    expect((await mock.hook('/project/team/mono', 'Push Hook', sampleHook('Push Hook'), null)).verdict).toContain('index the branches of team/mono');

    writeFileSync(join(dataDir, 'samples', 'jenkins', 'app.json'), JSON.stringify({ job: 'team/app' }));
    mock.core.secrets.set('jenkins:team/app:token', 'file-job-token');
    // The folder is watched: the new file answers once the watch has settled.
    await expect.poll(async () => (await mock.hook('/project/team/app', 'Push Hook', sampleHook('Push Hook'), 'file-job-token')).status, { timeout: 5_000 }).toBe(200);
    expect((await mock.hook('/project/team/app', 'Push Hook', sampleHook('Push Hook'), JENKINS_TOKEN)).status).toBe(401);
  });
});

describe('the Jenkins mock: 500s, filters, [ci-skip]', () => {
  it('a body that is not JSON: 500, before the token is checked', async () => {
    const mock = await startMock();
    const reply = await mock.hook(JOB, 'Push Hook', '{"ref": "refs/heads/main",', 'wrong');
    expect(reply.status).toBe(500);
    expect(reply.verdict).toContain('is not a JSON object');
  });

  it('an id over 2^31: 500', async () => {
    const mock = await startMock();
    const reply = await mock.hook(JOB, 'Merge Request Hook', { ...sampleHook('Merge Request Hook'), project: { ...sampleHook('Merge Request Hook').project, id: 2 ** 31 } });
    expect(reply.status).toBe(500);
    expect(reply.verdict).toContain('`project.id` is 2147483648, above 2147483647');
  });

  it('a field of the wrong type: 500', async () => {
    const mock = await startMock();
    const reply = await mock.hook(JOB, 'Push Hook', { ...sampleHook('Push Hook'), repository: 'team/build-app' });
    expect(reply).toMatchObject({ status: 500, verdict: 'Jenkins would answer 500: in this Push Hook, `repository` is a string where the plugin reads an object' });
  });

  it.each([
    ['Push Hook', undefined, PUSH_REQUIRED],
    ['Merge Request Hook', undefined, mergeRequestRequired('object_attributes')],
    ['Pipeline Hook', undefined, PIPELINE_REQUIRED],
    ['Note Hook', 'merge-request', ['object_attributes.note']],
  ])('a %s without each required field: 500 naming it', async (event, variant, fields) => {
    const mock = await startMock();
    for (const field of fields) {
      const reply = await mock.hook(JOB, event, without(sampleHook(event, variant), field));
      expect(reply.status, field).toBe(500);
      expect(reply.verdict, field).toContain(`has no \`${field}\``);
    }
  });

  it('the tag-push trap and a [ci skip] that the plugin does not know', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'samples', 'jenkins'), { recursive: true });
    writeFileSync(join(dataDir, 'samples', 'jenkins', 'main-only.json'), JSON.stringify({ job: 'team/build-app', branchFilter: { include: 'main' }, allowAnonymous: true }));
    const mock = await startMock({ anyJob: false }, dataDir);
    const tag = await mock.hook(JOB, 'Tag Push Hook', { ...sampleHook('Tag Push Hook'), ref: 'refs/tags/v1.0' }, null);
    expect(tag).toMatchObject({ status: 200, body: '', verdict: 'Jenkins answers 200 but would not build: the branch filter `main` does not match `refs/tags/v1.0`' });
    const push = sampleHook('Push Hook');
    const skipped = { ...push, commits: push.commits.map((commit: Record<string, unknown>) => ({ ...commit, message: 'docs [ci-skip]' })) };
    expect((await mock.hook(JOB, 'Push Hook', skipped, null)).verdict).toBe('Jenkins answers 200 but would not build: `[ci-skip]` in the last commit message');
    const lookalike = { ...push, commits: push.commits.map((commit: Record<string, unknown>) => ({ ...commit, message: 'docs [skip ci]' })) };
    const built = await mock.hook(JOB, 'Push Hook', lookalike, null);
    expect(built.status).toBe(200);
    expect(built.verdict).toContain("`[skip ci]` is not the plugin's `[ci-skip]`, so it does not skip");
  });
});
