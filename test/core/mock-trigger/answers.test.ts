/** The GitLab trigger mock answers each documented case as GitLab's API does (reference §4.2). */
import { describe, expect, it } from 'vitest';
import { GITLAB_URL, MOCK_TOKEN, jsonBody, useMockTrigger } from '../../support/mock-trigger-harness';
import { useTempDirs } from '../../support/temp-dir';

const startMock = useMockTrigger(useTempDirs());
const TRIGGER = '/api/v4/projects/42/trigger/pipeline';

describe('GitLab trigger mock answers', () => {
  it('creates a pipeline (201) for the right token and a ref, shaped like GitLab\'s pipeline entity', async () => {
    const mock = await startMock();
    const reply = await mock.trigger(TRIGGER, jsonBody({ token: MOCK_TOKEN, ref: 'main', variables: { DEPLOY: 'staging' } }));
    expect(reply.status).toBe(201);
    expect(reply.contentType).toBe('application/json');
    expect(Object.keys(reply.body)).toEqual([
      'id', 'iid', 'project_id', 'sha', 'ref', 'status', 'source', 'created_at', 'updated_at', 'web_url', 'before_sha',
      'tag', 'yaml_errors', 'user', 'started_at', 'finished_at', 'committed_at', 'duration', 'queued_duration', 'coverage',
      'detailed_status',
    ]);
    expect(reply.body).toMatchObject({
      id: 1, iid: 1, project_id: 42, ref: 'main', status: 'created', source: 'trigger', tag: false,
      web_url: `${GITLAB_URL}/projects/42/-/pipelines/1`, before_sha: '0'.repeat(40), yaml_errors: null,
      started_at: null, finished_at: null, duration: null, coverage: null,
      user: { id: 1, username: 'root', name: 'Administrator', state: 'active', web_url: `${GITLAB_URL}/root` },
      detailed_status: { icon: 'status_created', text: 'created', label: 'created', group: 'created', details_path: '/projects/42/-/pipelines/1' },
    });
    expect(reply.body.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(Date.now() - Date.parse(reply.body.created_at as string)).toBeLessThan(60_000);
  });

  it('numbers pipelines up across the run and iids per project; a path project gets a path web_url and a tag ref is a tag', async () => {
    const mock = await startMock();
    const call = (project: string, ref = 'main') =>
      mock.trigger(`/api/v4/projects/${project}/trigger/pipeline`, jsonBody({ token: MOCK_TOKEN, ref })).then((r) => r.body);
    const first = await call('7');
    const second = await call('group%2Fsub%2Fapp', 'refs/tags/v1.2.0');
    const third = await call('7');
    expect([first.id, second.id, third.id]).toEqual([1, 2, 3]);
    expect([first.iid, second.iid, third.iid]).toEqual([1, 1, 2]);
    expect(second).toMatchObject({ ref: 'v1.2.0', tag: true, web_url: `${GITLAB_URL}/group/sub/app/-/pipelines/2` });
    expect(second.project_id).toBe((await call('group%2Fsub%2Fapp')).project_id);
  });

  it('answers 404 {"message":"404 Not Found"} to a wrong or empty token, like a token of another project', async () => {
    const mock = await startMock();
    for (const token of ['glptt-guess', '']) {
      const reply = await mock.trigger(TRIGGER, jsonBody({ token, ref: 'main' }));
      expect([reply.status, reply.body]).toEqual([404, { message: '404 Not Found' }]);
    }
  });

  it('answers 400 "Reference not found" to a commit SHA as the ref, as GitLab does for anything not a branch or tag', async () => {
    const mock = await startMock();
    const reply = await mock.trigger(TRIGGER, jsonBody({ token: MOCK_TOKEN, ref: 'a'.repeat(40) }));
    expect([reply.status, reply.body]).toEqual([400, { message: { base: ['Reference not found'] } }]);
  });

  it('answers 400 with Grape\'s words for a missing token or ref, both, or a blank ref', async () => {
    const mock = await startMock();
    const cases: Array<[object, string]> = [
      [{ ref: 'main' }, 'token is missing'],
      [{ token: MOCK_TOKEN }, 'ref is missing'],
      [{}, 'ref is missing, token is missing'],
      [{ token: MOCK_TOKEN, ref: '  ' }, 'ref is empty'],
      [{ token: MOCK_TOKEN, ref: ['main'] }, 'ref is invalid'],
    ];
    for (const [params, error] of cases) {
      const reply = await mock.trigger(TRIGGER, jsonBody(params));
      expect([reply.status, reply.body], JSON.stringify(params)).toEqual([400, { error }]);
    }
  });

  it('answers 400 when variables is not a hash, and when its values are not strings', async () => {
    const mock = await startMock();
    const notHash = await mock.trigger(TRIGGER, { body: new URLSearchParams({ token: MOCK_TOKEN, ref: 'main', variables: 'value' }) });
    expect([notHash.status, notHash.body]).toEqual([400, { error: 'variables is invalid' }]);

    const notStrings = { message: 'variables needs to be a map of key-valued strings' };
    const number = await mock.trigger(TRIGGER, jsonBody({ token: MOCK_TOKEN, ref: 'main', variables: { RETRIES: 3 } }));
    expect([number.status, number.body]).toEqual([400, notStrings]);
    const list = await mock.trigger(`${TRIGGER}?token=${MOCK_TOKEN}&ref=main&variables[A][]=1&variables[A][]=2`);
    expect([list.status, list.body]).toEqual([400, notStrings]);
  });

  it('answers 403 to a Pipeline Hook, after checking the parameters as GitLab does', async () => {
    const mock = await startMock();
    const headers = { 'X-Gitlab-Event': 'Pipeline Hook', 'Content-Type': 'application/json' };
    const hook = await mock.trigger(`/api/v4/projects/42/ref/main/trigger/pipeline?token=${MOCK_TOKEN}`, {
      headers, body: JSON.stringify({ object_kind: 'pipeline', ref: 'main' }),
    });
    expect([hook.status, hook.body]).toEqual([403, { message: '403 Forbidden' }]);
    const tokenless = await mock.trigger(TRIGGER, { headers, body: JSON.stringify({ ref: 'main' }) });
    expect([tokenless.status, tokenless.body]).toEqual([400, { error: 'token is missing' }]);
  });

  it('answers 404 to GET on the trigger paths, and 400 to a body that is not the JSON it claims', async () => {
    const mock = await startMock();
    for (const path of [`${TRIGGER}?token=${MOCK_TOKEN}&ref=main`, `/api/v4/projects/42/ref/main/trigger/pipeline?token=${MOCK_TOKEN}`]) {
      const reply = await mock.trigger(path, { method: 'GET' });
      expect([reply.status, reply.body]).toEqual([404, { error: '404 Not Found' }]);
    }
    const broken = await mock.trigger(TRIGGER, { headers: { 'Content-Type': 'application/json' }, body: '{"token": ' });
    expect([broken.status, broken.body]).toEqual([400, { error: 'message body does not match declared format' }]);
  });

  it('takes a new token at run time: the old one then gets 404, and no token turns the mock off', async () => {
    const mock = await startMock();
    mock.setToken('glptt-rotated');
    expect((await mock.trigger(TRIGGER, jsonBody({ token: MOCK_TOKEN, ref: 'main' }))).status).toBe(404);
    expect((await mock.trigger(TRIGGER, jsonBody({ token: 'glptt-rotated', ref: 'main' }))).status).toBe(201);
    mock.setToken(null);
    const off = await fetch(mock.url(TRIGGER), { method: 'POST', ...jsonBody({ token: 'glptt-rotated', ref: 'main' }) });
    expect([off.status, await off.text()]).toEqual([200, 'OK\n']);
  });
});
