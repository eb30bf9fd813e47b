import { describe, expect, it } from 'vitest';
import { generateSample } from '../../../src/main/core/samples/generate-sample';
import { seededRandom } from '../../../src/main/core/samples/random';
import { jenkinsVerdict } from '../../../src/main/core/jenkins/jenkins-verdict';
import { JOB_DEFAULTS, type JenkinsJob } from '../../../src/main/core/jenkins/jenkins-job';

const TOKEN = 'jenkins-secret-1';
const job = (options: Partial<JenkinsJob> = {}): JenkinsJob => ({ ...JOB_DEFAULTS, path: 'team/build-app', token: TOKEN, ...options });

type Hook = Record<string, any>;
const sample = (event: string, variant?: string): Hook => generateSample(event, variant, {}, seededRandom(3)).payload as Hook;

function call(event: string | null, body: Hook | string, options: Partial<JenkinsJob> = {}, headers: string[] = ['X-Gitlab-Token', TOKEN]) {
  const flat = [...(event === null ? [] : ['X-Gitlab-Event', event]), ...headers];
  const pairs = flat.flatMap((name, i) => (i % 2 === 0 ? [[name, flat[i + 1]] as [string, string]] : []));
  const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return jenkinsVerdict({ method: 'POST', headers: pairs, body: bytes }, job(options), 'team/build-app');
}

/** Deletes a dotted path from a hook (a copy). */
function without(hook: Hook, path: string): Hook {
  const copy = JSON.parse(JSON.stringify(hook)) as Hook; // as it travels: objects the generator shares become copies
  const parts = path.split('.');
  const parent = parts.slice(0, -1).reduce((node, key) => node[key], copy);
  delete parent[parts[parts.length - 1]];
  return copy;
}

describe('the Jenkins verdict: events', () => {
  it.each([
    ['Push Hook', 'Push Hook', 'for refs/heads/main'],
    ['Tag Push Hook', 'Tag Push Hook', 'for refs/tags/'],
    ['Merge Request Hook', 'Merge Request Hook', 'for merge request !'],
  ])('%s with the right token: 200, empty, would build', (event, header, words) => {
    const verdict = call(header, sample(event));
    expect(verdict).toMatchObject({ status: 200, body: '', builds: true });
    expect(verdict.words).toContain(`Jenkins would build team/build-app ${words}`);
  });

  it('a System Hook is handled by its object_kind: push builds, repository_update is ignored with 404', () => {
    expect(call('System Hook', sample('Push Hook'))).toMatchObject({ status: 200, builds: true });
    const ignored = call('System Hook', { object_kind: 'repository_update' });
    expect(ignored.status).toBe(404);
    expect(ignored.words).toContain('ignores a System Hook of object_kind `repository_update`');
  });

  it('an Issue Hook is ignored: 404, and the words say GitLab disables the hook after 4', () => {
    const verdict = call('Issue Hook', sample('Issue Hook'));
    expect(verdict.status).toBe(404);
    expect(verdict.words).toBe('Jenkins ignores Issue Hook and answers 404: GitLab counts this as a failure and disables the hook after 4 in a row');
  });

  it('no X-Gitlab-Event: 404; the header is matched case-sensitively', () => {
    expect(call(null, sample('Push Hook')).status).toBe(404);
    expect(call('push hook', sample('Push Hook')).status).toBe(404);
  });

  it('a Note Hook needs a regex before it builds; a matching comment on a merge request builds', () => {
    const note = sample('Note Hook', 'merge-request');
    expect(call('Note Hook', note)).toMatchObject({ status: 200, builds: false });
    expect(call('Note Hook', note).words).toContain('no comment regex');
    const retry = { ...note, object_attributes: { ...note.object_attributes, note: 'Jenkins please retry a build' } };
    expect(call('Note Hook', retry, { noteRegex: 'Jenkins please retry a build' })).toMatchObject({ status: 200, builds: true });
    expect(call('Note Hook', retry, { noteRegex: 'retry' }).words).toContain('does not match the regex `retry` as a whole');
  });

  it('a matching comment on an issue has no merge_request: 500', () => {
    const note = sample('Note Hook', 'issue');
    const retry = { ...note, object_attributes: { ...note.object_attributes, note: 'retry' } };
    const verdict = call('Note Hook', retry, { noteRegex: 'retry' });
    expect(verdict.status).toBe(500);
    expect(verdict.missing).toContain('merge_request.source_branch');
  });

  it('a Pipeline Hook builds only for the configured statuses', () => {
    const pipeline = sample('Pipeline Hook');
    expect(call('Pipeline Hook', pipeline).words).toContain('does not trigger on pipeline events');
    const status = pipeline.object_attributes.status as string;
    expect(call('Pipeline Hook', pipeline, { pipelineStatuses: [status] })).toMatchObject({ status: 200, builds: true });
    expect(call('Pipeline Hook', pipeline, { pipelineStatuses: ['canceled-never'] }).builds).toBe(false);
  });
});

describe('the Jenkins verdict: tokens and permissions', () => {
  it('a missing or wrong X-Gitlab-Token: 401 "Invalid token"', () => {
    expect(call('Push Hook', sample('Push Hook'), {}, [])).toMatchObject({ status: 401, body: 'Invalid token' });
    const wrong = call('Push Hook', sample('Push Hook'), {}, ['X-Gitlab-Token', 'nope']);
    expect(wrong).toMatchObject({ status: 401, body: 'Invalid token' });
    expect(wrong.words).toContain("not the job's secret token");
  });

  it('a job without a token: 403 anonymous, unless Basic auth is given or anonymous builds are allowed', () => {
    const push = sample('Push Hook');
    expect(call('Push Hook', push, { token: null }, [])).toMatchObject({ status: 403, body: 'anonymous is missing the Job/Build permission' });
    expect(call('Push Hook', push, { token: null }, ['Authorization', 'Basic dTpw'])).toMatchObject({ status: 200, builds: true });
    expect(call('Push Hook', push, { token: null, allowAnonymous: true }, [])).toMatchObject({ status: 200, builds: true });
  });

  it.each(['Merge Request Hook', 'Note Hook', 'Pipeline Hook'])('a multibranch job answers a %s with 409', (event) => {
    const verdict = call(event, sample(event), { multibranch: true });
    expect(verdict).toMatchObject({ status: 409, body: `${event} is not supported for this project` });
  });

  it('a multibranch job indexes on push without checking the token', () => {
    const verdict = call('Push Hook', sample('Push Hook'), { multibranch: true, allowAnonymous: true }, ['X-Gitlab-Token', 'wrong']);
    expect(verdict).toMatchObject({ status: 200, builds: true });
    expect(verdict.words).toContain('index the branches');
  });

  it('the body is parsed before the token: a non-JSON Push Hook with a wrong token is a 500, an Issue Hook a 404', () => {
    expect(call('Push Hook', 'not json', {}, ['X-Gitlab-Token', 'wrong']).status).toBe(500);
    expect(call('Issue Hook', 'not json', {}, []).status).toBe(404);
  });

  it('GET and an unknown job: 404 in words', () => {
    const get = jenkinsVerdict({ method: 'GET', headers: [], body: Buffer.alloc(0) }, job(), 'team/build-app');
    expect(get.status).toBe(404);
    expect(get.words).toContain('does not serve GET /project/team/build-app');
    const unknown = jenkinsVerdict({ method: 'POST', headers: [['X-Gitlab-Event', 'Push Hook']], body: Buffer.from('{}') }, null, 'team/other');
    expect(unknown).toMatchObject({ status: 404 });
    expect(unknown.words).toBe('Jenkins would answer 404: there is no job `team/other`');
  });
});

describe('the Jenkins verdict: 500s', () => {
  it('a body that is not a JSON object', () => {
    expect(call('Push Hook', '{"ref":').words).toContain('is not a JSON object');
    expect(call('Merge Request Hook', '[1,2]').status).toBe(500);
  });

  it('an id above 2147483647', () => {
    const verdict = call('Push Hook', { ...sample('Push Hook'), project_id: 2_147_483_648 });
    expect(verdict.status).toBe(500);
    expect(verdict.words).toContain('`project_id` is 2147483648, above 2147483647');
    expect(call('Push Hook', { ...sample('Push Hook'), project_id: 2_147_483_647 }).status).toBe(200);
  });

  it('a field of the wrong type', () => {
    expect(call('Push Hook', { ...sample('Push Hook'), commits: 'none' }).words).toContain('`commits` is a string where the plugin reads a list');
    const mr = sample('Merge Request Hook');
    const verdict = call('Merge Request Hook', { ...mr, object_attributes: { ...mr.object_attributes, iid: 'seven' } });
    expect(verdict.words).toContain('`object_attributes.iid` is a string where the plugin reads a Java Integer');
  });

  it.each(['object_kind', 'ref', 'after', 'project_id', 'user_name', 'repository.name', 'repository.git_ssh_url', 'repository.git_http_url'])(
    'a Push Hook without %s',
    (field) => {
      const verdict = call('Push Hook', without(sample('Push Hook'), field));
      expect(verdict.status).toBe(500);
      expect(verdict.missing).toEqual([field]);
      expect(verdict.words).toContain(`\`${field}\``);
    },
  );

  it('the words name a deprecated key as such', () => {
    expect(call('Push Hook', without(sample('Push Hook'), 'repository.git_http_url')).words).toBe(
      'Jenkins would answer 500: this Push Hook has no `repository.git_http_url` (a deprecated key the plugin still requires)',
    );
  });

  it('project.namespace is needed only when repository.git_http_url cannot stand in for it', () => {
    expect(call('Push Hook', without(sample('Push Hook'), 'project.namespace')).status).toBe(200);
    const neither = without(without(sample('Push Hook'), 'project.namespace'), 'repository.git_http_url');
    expect(call('Push Hook', neither).missing).toEqual(['repository.git_http_url', 'project.namespace']);
  });

  it('a Push Hook without repository at all lists its required keys', () => {
    const verdict = call('Push Hook', without(sample('Push Hook'), 'repository'));
    expect(verdict.status).toBe(500);
    expect(verdict.missing).toEqual(['repository.name', 'repository.git_ssh_url', 'repository.git_http_url']);
  });

  it('a repository without url: nothing happens, 404', () => {
    expect(call('Push Hook', without(sample('Push Hook'), 'repository.url')).status).toBe(404);
  });

  it.each([
    'object_attributes.source_project_id', 'object_attributes.target_project_id', 'object_attributes.source_branch', 'object_attributes.target_branch',
    'object_attributes.title', 'object_attributes.id', 'object_attributes.iid', 'object_attributes.state', 'object_attributes.last_commit.id',
    'object_attributes.last_commit.author.name', 'object_attributes.source.name', 'object_attributes.source.namespace', 'object_attributes.source.ssh_url',
    'object_attributes.source.http_url', 'object_attributes.target.name', 'object_attributes.target.namespace', 'object_attributes.target.ssh_url',
    'object_attributes.target.http_url', 'object_attributes.target.web_url',
  ])('a Merge Request Hook without %s', (field) => {
    const verdict = call('Merge Request Hook', without(sample('Merge Request Hook'), field));
    expect(verdict.status).toBe(500);
    expect(verdict.missing).toEqual([field]);
  });

  it('a merge request source without homepage needs a .git in its http_url', () => {
    const mr = sample('Merge Request Hook');
    const source = { ...mr.object_attributes.source, homepage: null, http_url: 'https://gitlab.example.com/group/project' };
    expect(call('Merge Request Hook', { ...mr, object_attributes: { ...mr.object_attributes, source } }).status).toBe(500);
  });

  it.each(['object_attributes.status', 'object_attributes.sha', 'project.id'])('a Pipeline Hook without %s', (field) => {
    expect(call('Pipeline Hook', without(sample('Pipeline Hook'), field)).missing).toEqual([field]);
  });

  it('a Note Hook without object_attributes.note', () => {
    expect(call('Note Hook', without(sample('Note Hook', 'merge-request'), 'object_attributes.note')).status).toBe(500);
  });
});

describe('the Jenkins verdict: filters and [ci-skip]', () => {
  it('the tag-push trap: a name filter `main` drops every tag push, still with 200', () => {
    const tag = { ...sample('Tag Push Hook'), ref: 'refs/tags/v1.0' };
    const verdict = call('Tag Push Hook', tag, { branchFilter: { type: 'names', include: 'main', exclude: '' } });
    expect(verdict).toMatchObject({ status: 200, builds: false });
    expect(verdict.words).toBe('Jenkins answers 200 but would not build: the branch filter `main` does not match `refs/tags/v1.0`');
  });

  it('names are Ant patterns, with excludes; a regex must match the whole branch', () => {
    const push = (ref: string) => ({ ...sample('Push Hook'), ref });
    const names = (include: string, exclude = '') => ({ branchFilter: { type: 'names' as const, include, exclude } });
    expect(call('Push Hook', push('refs/heads/release/1.2'), names('release/*')).builds).toBe(true);
    expect(call('Push Hook', push('refs/heads/release/1/2'), names('release/*')).builds).toBe(false);
    expect(call('Push Hook', push('refs/heads/release/1/2'), names('release/**')).builds).toBe(true);
    expect(call('Push Hook', push('refs/heads/main'), names('', 'ma?n')).builds).toBe(false);
    const regex = { branchFilter: { type: 'regex' as const, pattern: 'feature/.*' } };
    expect(call('Push Hook', push('refs/heads/feature/x'), regex).builds).toBe(true);
    expect(call('Push Hook', push('refs/heads/my-feature/x'), regex).words).toContain('the branch regex `feature/.*` does not match `my-feature/x`');
  });

  it('a merge request is filtered by its target branch', () => {
    const mr = sample('Merge Request Hook');
    const verdict = call('Merge Request Hook', mr, { branchFilter: { type: 'names', include: 'nope', exclude: '' } });
    expect(verdict.words).toContain(`does not match \`${mr.object_attributes.target_branch}\``);
  });

  it('`[ci-skip]` skips; `[ci skip]` is not the plugin\'s and builds, saying so', () => {
    const push = sample('Push Hook');
    const withMessage = (message: string) => ({ ...push, commits: push.commits.map((commit: Hook) => ({ ...commit, message })) });
    expect(call('Push Hook', withMessage('fix [ci-skip]')).words).toBe('Jenkins answers 200 but would not build: `[ci-skip]` in the last commit message');
    expect(call('Push Hook', withMessage('fix [ci-skip]'), { ciSkip: false }).builds).toBe(true);
    const lookalike = call('Push Hook', withMessage('fix [ci skip]'));
    expect(lookalike.builds).toBe(true);
    expect(lookalike.words).toContain("`[ci skip]` is not the plugin's `[ci-skip]`, so it does not skip");
  });

  it('a branch deletion and a job that does not trigger on push build nothing', () => {
    expect(call('Push Hook', sample('Push Hook', 'delete-branch')).words).toContain('was deleted');
    expect(call('Push Hook', sample('Push Hook'), { triggerOnPush: false }).builds).toBe(false);
  });

  it('merge request actions: opened and updated by option, approval unknown to the plugin', () => {
    const mr = sample('Merge Request Hook');
    const acting = (action: string) => ({ ...mr, object_attributes: { ...mr.object_attributes, action } });
    expect(call('Merge Request Hook', acting('update'), { triggerOnMergeRequestUpdated: false }).builds).toBe(false);
    expect(call('Merge Request Hook', acting('open'), { triggerOnMergeRequestOpened: false }).builds).toBe(false);
    expect(call('Merge Request Hook', acting('approval')).words).toContain('unknown to the plugin');
  });
});

describe('the Jenkins verdict: missing fields in words', () => {
  it('says once which of several missing keys are deprecated', () => {
    const verdict = call('Push Hook', without(without(sample('Push Hook'), 'user_name'), 'repository.git_ssh_url'));
    expect(verdict.words).toBe(
      'Jenkins would answer 500: this Push Hook has no `user_name`, `repository.git_ssh_url` (`repository.git_ssh_url` is a deprecated key the plugin still requires)',
    );
  });
});
