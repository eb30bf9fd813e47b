import { describe, expect, it } from 'vitest';
import { SAMPLE_GENERATORS } from '../../../src/main/core/samples/generators';
import {
  checkObjectKind,
  findGitlabEvent,
  GITLAB_EVENTS,
  gitlabEventOfBody,
  variantJenkinsPluginAccepts,
} from '@shared/gitlab-catalogue';

describe('the GitLab event catalogue', () => {
  it('has one entry per header and id, each with a generator and a default variant', () => {
    expect(new Set(GITLAB_EVENTS.map((event) => event.header)).size).toBe(GITLAB_EVENTS.length);
    expect(Object.keys(SAMPLE_GENERATORS).sort()).toEqual(GITLAB_EVENTS.map((event) => event.id).sort());
    for (const event of GITLAB_EVENTS) {
      expect(event.variants.length).toBeGreaterThan(0);
      expect(new Set(event.variants.map((variant) => variant.id)).size).toBe(event.variants.length);
    }
  });

  it("lists every event in the reference's table", () => {
    expect(GITLAB_EVENTS.map((event) => event.header)).toEqual([
      'Push Hook', 'Tag Push Hook', 'Issue Hook', 'Confidential Issue Hook', 'Note Hook', 'Confidential Note Hook',
      'Merge Request Hook', 'Wiki Page Hook', 'Pipeline Hook', 'Job Hook', 'Deployment Hook', 'Feature Flag Hook',
      'Release Hook', 'Milestone Hook', 'Emoji Hook', 'Resource Access Token Hook', 'Resource Deploy Token Hook',
      'Vulnerability Hook', 'Member Hook', 'Project Hook', 'Subgroup Hook', 'System Hook',
    ]);
  });

  it('says which events the Jenkins plugin acts on (merge request, push, tag push, note, pipeline; system hooks by object_kind)', () => {
    const accepted = GITLAB_EVENTS.flatMap((event) =>
      event.variants.filter((variant) => variantJenkinsPluginAccepts(event, variant)).map((variant) => `${event.header}/${variant.id}`),
    );
    expect(new Set(accepted.map((name) => name.split('/')[0]))).toEqual(
      new Set(['Push Hook', 'Tag Push Hook', 'Note Hook', 'Merge Request Hook', 'Pipeline Hook', 'System Hook']),
    );
    expect(accepted.filter((name) => name.startsWith('System Hook'))).toEqual([
      'System Hook/push', 'System Hook/tag-push', 'System Hook/merge-request',
    ]);
  });

  it('finds events by id or exact header', () => {
    expect(findGitlabEvent('tag-push')?.header).toBe('Tag Push Hook');
    expect(findGitlabEvent('Job Hook')?.objectKind).toBe('build');
    expect(findGitlabEvent('push hook')).toBeUndefined();
  });

  it('names the header a body without one was sent with', () => {
    expect(gitlabEventOfBody('push', undefined)).toBe('Push Hook');
    expect(gitlabEventOfBody('note', undefined)).toBe('Note Hook');
    expect(gitlabEventOfBody('work_item', undefined)).toBe('Issue Hook');
    expect(gitlabEventOfBody('merge_request', undefined)).toBe('Merge Request Hook');
    expect(gitlabEventOfBody(undefined, 'subgroup_create')).toBe('Subgroup Hook');
    expect(gitlabEventOfBody('constructor', undefined)).toBeNull();
  });
});

describe('checkObjectKind', () => {
  it.each([
    ['Push Hook', { object_kind: 'push' }],
    ['Issue Hook', { object_kind: 'work_item' }],
    ['Confidential Issue Hook', { object_kind: 'issue' }],
    ['Confidential Note Hook', { object_kind: 'note' }],
    ['Job Hook', { object_kind: 'build' }],
    ['Member Hook', { event_name: 'user_add_to_group' }],
    ['System Hook', { object_kind: 'merge_request' }],
    ['System Hook', { event_name: 'repository_update' }],
    ['X-Custom Hook', { object_kind: 'anything' }],
    ['Push Hook', 'not an object'],
  ])('accepts %s with %j', (header, payload) => {
    expect(checkObjectKind(header, payload)).toBeNull();
  });

  it.each([
    ['Tag Push Hook', { object_kind: 'push' }, 'object_kind "push" is sent with "Push Hook" or "System Hook", not "Tag Push Hook"'],
    ['Push Hook', { object_kind: 'issue' }, 'object_kind "issue" is sent with "Issue Hook" or "Confidential Issue Hook", not "Push Hook"'],
    ['Job Hook', { object_kind: 'job' }, 'object_kind "job" is not one GitLab sends; "Job Hook" payloads carry "build"'],
    ['Issue Hook', {}, 'object_kind is missing; "Issue Hook" payloads carry "issue" or "work_item"'],
    ['Pipeline Hook', { object_kind: 7 }, 'object_kind should be the string "pipeline" for "Pipeline Hook"'],
    ['Member Hook', { object_kind: 'push' }, '"Member Hook" payloads carry no object_kind; object_kind "push" is sent with "Push Hook" or "System Hook"'],
    ['System Hook', { object_kind: 'note' }, 'object_kind "note" is sent with "Note Hook" or "Confidential Note Hook", not "System Hook"'],
  ])('flags %s with %j', (header, payload, message) => {
    expect(checkObjectKind(header, payload)).toBe(message);
  });
});
