/** Every way GitLab reads trigger parameters: multipart form, urlencoded form, query string, JSON, and the path. */
import { describe, expect, it } from 'vitest';
import { GITLAB_URL, MOCK_TOKEN, jsonBody, useMockTrigger } from '../../support/mock-trigger-harness';
import { useTempDirs } from '../../support/temp-dir';

const startMock = useMockTrigger(useTempDirs());
const TRIGGER = '/api/v4/projects/42/trigger/pipeline';

describe('GitLab trigger mock parameters', () => {
  it('reads a multipart form, as `curl --form token=… --form ref=… --form "variables[K]=v"` sends it', async () => {
    const mock = await startMock();
    const form = new FormData();
    form.append('token', MOCK_TOKEN);
    form.append('ref', 'release/1.x');
    form.append('variables[UPLOAD_TO_S3]', 'true');
    form.append('inputs[deploy_strategy]', 'blue-green');
    const reply = await mock.trigger(TRIGGER, { body: form });
    expect([reply.status, reply.body.ref]).toEqual([201, 'release/1.x']);

    const badVariable = new FormData();
    badVariable.append('token', MOCK_TOKEN);
    badVariable.append('ref', 'main');
    badVariable.append('variables[CONFIG]', new Blob(['x']), 'config.yml');
    expect((await mock.trigger(TRIGGER, { body: badVariable })).body).toEqual({ message: 'variables needs to be a map of key-valued strings' });
  });

  it('reads an urlencoded form, a query string, and the two mixed, the body winning over the query', async () => {
    const mock = await startMock();
    const urlencoded = await mock.trigger(TRIGGER, { body: new URLSearchParams({ token: MOCK_TOKEN, ref: 'main', 'variables[A]': 'b' }) });
    expect([urlencoded.status, urlencoded.body.ref]).toEqual([201, 'main']);

    const query = await mock.trigger(`${TRIGGER}?token=${MOCK_TOKEN}&ref=feature%2Fquery&variables%5BA%5D=b`);
    expect([query.status, query.body.ref]).toEqual([201, 'feature/query']);

    const mixed = await mock.trigger(`${TRIGGER}?token=${MOCK_TOKEN}&ref=from-query`, { body: new URLSearchParams({ ref: 'from-body' }) });
    expect([mixed.status, mixed.body.ref]).toEqual([201, 'from-body']);

    const wrongInBody = await mock.trigger(`${TRIGGER}?token=${MOCK_TOKEN}`, jsonBody({ token: 'glptt-guess', ref: 'main' }));
    expect(wrongInBody.status).toBe(404);
  });

  it('reads JSON with variables and inputs of any type, and ignores a body of another content type', async () => {
    const mock = await startMock();
    const reply = await mock.trigger(TRIGGER, jsonBody({ token: MOCK_TOKEN, ref: 'main', variables: { A: 'b' }, inputs: { parallel: 3 } }));
    expect(reply.status).toBe(201);
    const text = await mock.trigger(`${TRIGGER}?ref=main`, { headers: { 'Content-Type': 'text/plain' }, body: `token=${MOCK_TOKEN}` });
    expect([text.status, text.body]).toEqual([400, { error: 'token is missing' }]);
  });

  it('takes the ref from the path over the body, encoded slashes and dots included', async () => {
    const mock = await startMock();
    const encoded = await mock.trigger(`/api/v4/projects/42/ref/feature%2Fv.1-branch/trigger/pipeline?token=${MOCK_TOKEN}`, {
      body: new URLSearchParams({ ref: 'refs/heads/other-branch' }),
    });
    expect([encoded.status, encoded.body.ref]).toEqual([201, 'feature/v.1-branch']);
    const plainSlashes = await mock.trigger(`/api/v4/projects/42/ref/team/feature/x/trigger/pipeline?token=${MOCK_TOKEN}`, jsonBody({ ref: 'main' }));
    expect([plainSlashes.status, plainSlashes.body.ref]).toEqual([201, 'team/feature/x']);
  });

  it('accepts the project as a URL-encoded path, in both route forms', async () => {
    const mock = await startMock();
    const viaApi = await mock.trigger('/api/v4/projects/my-group%2Fmy.project/trigger/pipeline', jsonBody({ token: MOCK_TOKEN, ref: 'main' }));
    expect(viaApi.body.web_url).toBe(`${GITLAB_URL}/my-group/my.project/-/pipelines/1`);
    const viaHook = await mock.trigger(`/api/v4/projects/my-group%2Fmy.project/ref/main/trigger/pipeline?token=${MOCK_TOKEN}`);
    expect([viaHook.status, viaHook.body.project_id]).toEqual([201, viaApi.body.project_id]);
  });
});
