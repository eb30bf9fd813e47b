import { describe, expect, it } from 'vitest';
import { defaultSampleContext } from '@shared/sample-context';
import { generateSample } from '../../../src/main/core/samples/generate-sample';
import { seededRandom } from '../../../src/main/core/samples/random';

const ZERO_SHA = '0'.repeat(40);
const SHA = /^[0-9a-f]{40}$/;

interface PushPayload {
  before: string;
  after: string;
  ref: string;
  checkout_sha: string | null;
  commits: { id: string; url: string }[];
  total_commits_count: number;
  repository: { url: string };
  project: { web_url: string };
}

function push(variantId: string, commitCount = 1, eventId = 'Push Hook'): PushPayload {
  return generateSample(eventId, variantId, { commitCount }, seededRandom(7)).payload as unknown as PushPayload;
}

describe('push variants', () => {
  it('a plain push ends at its last commit: after = checkout_sha = the last commit id', () => {
    const payload = push('default', 3);
    expect(payload.ref).toBe('refs/heads/main');
    expect(payload.before).toMatch(SHA);
    expect(payload.commits).toHaveLength(3);
    expect(payload.total_commits_count).toBe(3);
    expect(payload.after).toBe(payload.commits[2].id);
    expect(payload.checkout_sha).toBe(payload.after);
    expect(new Set([payload.before, ...payload.commits.map((commit) => commit.id)]).size).toBe(4);
    expect(payload.commits[0].url).toBe(`${payload.project.web_url}/-/commit/${payload.commits[0].id}`);
  });

  it('a new branch comes from 40 zeros', () => {
    const payload = push('new-branch', 2);
    expect(payload.before).toBe(ZERO_SHA);
    expect(payload.ref).toMatch(/^refs\/heads\/(?!main$)/);
    expect(payload.after).toBe(payload.commits[1].id);
  });

  it('a deleted branch goes to 40 zeros, with no commits and no checkout_sha', () => {
    const payload = push('delete-branch');
    expect(payload.after).toBe(ZERO_SHA);
    expect(payload.before).toMatch(SHA);
    expect(payload).toMatchObject({ checkout_sha: null, commits: [], total_commits_count: 0 });
  });

  it('more than 20 commits keeps the newest 20 and counts them all', () => {
    const payload = push('many-commits');
    expect(payload.commits).toHaveLength(20);
    expect(payload.total_commits_count).toBeGreaterThan(20);
    expect(payload.commits[19].id).toBe(payload.after);
    expect(push('many-commits', 57).total_commits_count).toBe(57);
    expect(push('default', 30).commits).toHaveLength(20);
  });

  it('tags: created from 40 zeros, deleted to 40 zeros, under refs/tags/', () => {
    const created = push('create', 1, 'Tag Push Hook');
    expect(created.before).toBe(ZERO_SHA);
    expect(created.checkout_sha).toBe(created.after);
    expect(created.ref).toMatch(/^refs\/tags\/v\d+\.\d+\.\d+$/);
    const deleted = push('delete', 1, 'Tag Push Hook');
    expect(deleted.after).toBe(ZERO_SHA);
    expect(deleted.checkout_sha).toBeNull();
  });

  it('keeps the deprecated repository block the Jenkins plugin reads', () => {
    expect(push('default').repository.url).toBe('git@gitlab.example.com:mike/diaspora.git');
  });
});

describe('successive samples', () => {
  it('differ in SHAs and ids but share the project and user of the context', () => {
    const context = { ...defaultSampleContext, gitlabUrl: 'https://git.acme.test/', projectId: 99, projectPath: 'acme/hooks' };
    const first = generateSample('merge-request', 'open', context).payload as Record<string, any>;
    const second = generateSample('merge-request', 'open', context).payload as Record<string, any>;
    expect(second.object_attributes.id).not.toBe(first.object_attributes.id);
    expect(second.object_attributes.last_commit.id).not.toBe(first.object_attributes.last_commit.id);
    expect(second.project).toEqual(first.project);
    expect(second.user).toEqual(first.user);
    expect(first.project).toMatchObject({ id: 99, web_url: 'https://git.acme.test/acme/hooks', path_with_namespace: 'acme/hooks' });
    expect(first.user).toMatchObject({ name: 'John Smith', username: 'jsmith', email: 'john@example.com' });
  });

  it('repeat their SHAs from the same seed', () => {
    const shas = (seed: number) => {
      const payload = generateSample('push', 'default', { commitCount: 2 }, seededRandom(seed)).payload as unknown as PushPayload;
      return [payload.before, payload.after, ...payload.commits.map((commit) => commit.id)];
    };
    expect(shas(1)).toEqual(shas(1));
    expect(shas(1)).not.toEqual(shas(2));
  });
});

describe('generateSample refuses in words', () => {
  it.each([
    [() => generateSample('Work Item Hook'), /"Work Item Hook" is not a GitLab event/],
    [() => generateSample('push', 'force-push'), /"Push Hook" has no variant "force-push"; it has default, new-branch/],
    [() => generateSample('push', 'default', { commitCount: 0 }), /commit count must be a whole number/],
    [() => generateSample('push', 'default', { gitlabUrl: 'ftp://x' }), /http or https URL/],
    [() => generateSample('push', 'default', { projectPath: 'diaspora' }), /"group\/project"/],
  ])('%#', (call, message) => {
    expect(call).toThrow(message);
  });
});
