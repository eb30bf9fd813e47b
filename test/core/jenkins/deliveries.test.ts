/** Calls to the Jenkins mock are deliveries: stored byte for byte, with the answer and its verdict; curl works as in CI. */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { verdictInHeaders } from '@shared/jenkins-verdict-header';
import { bodyBytes } from '../../support/core-harness';
import { JENKINS_TOKEN, sampleHook, useMockJenkins, without } from '../../support/mock-jenkins-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startMock = useMockJenkins(tempDir);
const run = promisify(execFile);

describe('Jenkins mock deliveries', () => {
  it('stores the request as sent and the answer with its verdict, for a 200 and a 500', async () => {
    const mock = await startMock();
    const sent = JSON.stringify(without(sampleHook('Push Hook'), 'repository'), null, 1);
    await mock.hook('/project/team/build-app', 'Push Hook', sampleHook('Push Hook'));
    await mock.hook('/project/team/build-app', 'Push Hook', sent);

    const { rows } = await mock.core.handlers.listDeliveries({ offset: 0, limit: 10 });
    expect(rows.map((row) => [row.url, row.status])).toEqual([['/project/team/build-app', 500], ['/project/team/build-app', 200]]);
    const failed = await mock.core.handlers.getDelivery(rows[0].id);
    expect(verdictInHeaders(failed!.responseHeaders)).toBe(
      `Jenkins would answer 500: this Push Hook has no \`repository.name\`, \`repository.git_ssh_url\`, \`repository.git_http_url\` (\`repository.name\`, \`repository.git_ssh_url\`, \`repository.git_http_url\` are deprecated keys the plugin still requires)`,
    );
    expect(Buffer.from((await mock.core.handlers.getBodyBytes(rows[0].id, 'request', true))!.bytes)).toEqual(Buffer.from(sent));
    expect((await bodyBytes(mock.core, rows[0].id, 'response')).toString()).toBe('Server Error');
    const built = await mock.core.handlers.getDelivery(rows[1].id);
    expect(verdictInHeaders(built!.responseHeaders)).toBe('Jenkins would build team/build-app for refs/heads/main');
    // The job's token is a secret of this run: shown masked like the receiver's own.
    expect(built!.requestHeaders.find(([name]) => name.toLowerCase() === 'x-gitlab-token')?.[1]).not.toBe(JENKINS_TOKEN);
  });

  it('a branch named in Unicode travels percent-encoded in the header and reads back as it was', async () => {
    const mock = await startMock();
    const reply = await mock.hook('/project/team/build-app', 'Push Hook', { ...sampleHook('Push Hook'), ref: 'refs/heads/café-100%' });
    expect(reply.status).toBe(200);
    const [row] = (await mock.core.handlers.listDeliveries({ offset: 0, limit: 1 })).rows;
    const detail = await mock.core.handlers.getDelivery(row.id);
    expect(verdictInHeaders(detail!.responseHeaders)).toBe('Jenkins would build team/build-app for refs/heads/café-100%');
  });

  it('cuts a verdict quoting a 10,000-character ref, so the answer header stays small and still decodes', async () => {
    const mock = await startMock();
    const ref = `refs/heads/${'é'.repeat(5_000)}`;
    const reply = await mock.hook('/project/team/build-app', 'Push Hook', { ...sampleHook('Push Hook'), ref });
    expect(reply.status).toBe(200);
    expect(reply.verdict!.length).toBeLessThanOrEqual(2_000);
    expect(reply.verdict).toMatch(/^Jenkins would build team\/build-app for refs\/heads\/(%C3%A9)+ \[cut\]$/);
    const [row] = (await mock.core.handlers.listDeliveries({ offset: 0, limit: 1 })).rows;
    expect(verdictInHeaders((await mock.core.handlers.getDelivery(row.id))!.responseHeaders)).toMatch(/^Jenkins would build team\/build-app for refs\/heads\/é+ \[cut\]$/);
  });

  it('a ref with a lone surrogate escape still gets its answer, the character shown as U+FFFD', async () => {
    const mock = await startMock();
    const body = JSON.stringify({ ...sampleHook('Push Hook'), ref: 'refs/heads/x' }).replace('refs/heads/x', 'refs/heads/\\ud800x');
    const reply = await mock.hook('/project/team/build-app', 'Push Hook', body);
    expect(reply).toMatchObject({ status: 200, verdict: 'Jenkins would build team/build-app for refs/heads/%EF%BF%BDx' });
  });

  it('answers a .gitlab-ci.yml-style curl line: --fail passes on 200 and fails on 401', async () => {
    const mock = await startMock();
    const file = join(tempDir(), 'push.json');
    writeFileSync(file, JSON.stringify(sampleHook('Push Hook')));
    const curl = (token: string) =>
      run('curl', ['--silent', '--show-error', '--fail', '-X', 'POST', '-H', 'Content-Type: application/json', '-H', 'X-Gitlab-Event: Push Hook',
        '-H', `X-Gitlab-Token: ${token}`, '--data-binary', `@${file}`, '-D', '-', mock.url('/project/team/build-app')]);
    const { stdout } = await curl(JENKINS_TOKEN);
    expect(stdout).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(stdout).toContain('X-Hookbench-Verdict: Jenkins would build team/build-app for refs/heads/main');
    await expect(curl('wrong')).rejects.toMatchObject({ code: 22 });
  });
});
