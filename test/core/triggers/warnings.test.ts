/** The known traps, warned about before a request reaches a trigger URL, whether from a preset, a composed sample or a replay. */
import { describe, expect, it } from 'vitest';
import { requestWarnings as triggerWarnings } from '../../../src/main/core/triggers/request-warnings';
import { generateSample } from '../../../src/main/core/samples/generate-sample';

const TRIGGER = 'https://gitlab.com/api/v4/projects/42/trigger/pipeline';
const PLUGIN = 'https://ci.example.com/project/app';

describe('trigger warnings', () => {
  it('are none for a well-formed call', () => {
    expect(triggerWarnings({ method: 'POST', url: `${TRIGGER}?token=t&ref=main`, headers: [], body: '' })).toEqual([]);
    expect(triggerWarnings({
      method: 'POST', url: PLUGIN, headers: [['X-Gitlab-Event', 'Push Hook'], ['X-Gitlab-Token', 's'], ['Content-Type', 'application/json']],
      body: JSON.stringify(generateSample('Push Hook').payload),
    })).toEqual([]);
  });

  it('find a SHA as ref in the path, a form, a multipart body or JSON', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const shaWarning = expect.stringMatching(/^The ref 0123456789ab… is a commit SHA/);
    expect(triggerWarnings({ method: 'POST', url: `https://g/api/v4/projects/1/ref/${sha}/trigger/pipeline?token=t`, headers: [], body: '' })).toEqual([shaWarning]);
    expect(triggerWarnings({ method: 'POST', url: TRIGGER, headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: `token=t&ref=${sha}` })).toEqual([shaWarning]);
    expect(triggerWarnings({ method: 'POST', url: TRIGGER, headers: [['Content-Type', 'application/json']], body: JSON.stringify({ token: 't', ref: sha }) })).toEqual([shaWarning]);
    const multipart = `--b\r\nContent-Disposition: form-data; name="token"\r\n\r\nt\r\n--b\r\nContent-Disposition: form-data; name="ref"\r\n\r\n${sha}\r\n--b--\r\n`;
    expect(triggerWarnings({ method: 'POST', url: TRIGGER, headers: [['Content-Type', 'multipart/form-data; boundary=b']], body: multipart })).toEqual([shaWarning]);
  });

  it('catch a Pipeline Hook aimed at a trigger URL, by header or by payload', () => {
    const replayed = triggerWarnings({
      method: 'POST', url: `${TRIGGER}?token=t&ref=main`, headers: [['X-Gitlab-Event', 'Pipeline Hook'], ['Content-Type', 'application/json']],
      body: JSON.stringify({ object_kind: 'pipeline' }),
    });
    expect(replayed).toEqual([expect.stringMatching(/X-Gitlab-Event: Pipeline Hook: GitLab answers 403/)]);
    const payloadOnly = triggerWarnings({ method: 'POST', url: `${TRIGGER}?token=t&ref=main`, headers: [['Content-Type', 'application/json']], body: '{"object_kind":"pipeline"}' });
    expect(payloadOnly).toEqual([expect.stringMatching(/^This is a Pipeline Hook payload/)]);
  });

  it('catch a GET, a missing token and a missing ref', () => {
    expect(triggerWarnings({ method: 'GET', url: TRIGGER, headers: [], body: '' })).toEqual([
      "GitLab's trigger API takes POST only: a GET gets 404.",
      'No token: GitLab answers 400 "token is missing".',
      'No ref: GitLab answers 400. Name a branch or tag.',
    ]);
    expect(triggerWarnings({ method: 'GET', url: 'https://ci/job/app/build', headers: [], body: '' })).toEqual([
      expect.stringMatching(/^Jenkins answers a GET without a token with 405/),
      expect.stringMatching(/^No build token and no API token/),
    ]);
  });

  it('give the Jenkins plugin\'s verdict: ignored events, System Hook payloads, missing fields and no token', () => {
    const hook = (event: string | null, payload: unknown) =>
      triggerWarnings({ method: 'POST', url: PLUGIN, headers: [['X-Gitlab-Token', 's'], ...(event ? [['X-Gitlab-Event', event] as [string, string]] : [])], body: JSON.stringify(payload) });
    const ignored = (event: string) => `Jenkins ignores ${event} and answers 404: GitLab counts this as a failure and disables the hook after 4 in a row.`;
    expect(hook('Wiki Page Hook', { object_kind: 'wiki_page' })).toEqual([ignored('Wiki Page Hook')]);
    expect(hook('Confidential Note Hook', { object_kind: 'note' })).toEqual([ignored('Confidential Note Hook')]);
    expect(hook('push hook', { object_kind: 'push' })).toEqual([ignored('push hook')]);
    expect(hook(null, {})).toEqual([expect.stringMatching(/^Jenkins gets no `X-Gitlab-Event` header, so nothing handles the request, and answers 404/)]);
    expect(hook('System Hook', generateSample('System Hook', 'merge-request').payload)).toEqual([]);
    expect(hook('System Hook', { event_name: 'repository_update' })).toEqual([expect.stringMatching(/ignores a System Hook of object_kind `undefined`/)]);
    expect(hook('Tag Push Hook', { object_kind: 'tag_push', repository: { name: 'p' } })).toEqual([
      'Jenkins would do nothing and answer 404: this Tag Push Hook has a `repository` without `repository.url`.',
    ]);
    expect(hook('Push Hook', { object_kind: 'push', ref: 'refs/heads/main' })).toEqual([
      'This Push Hook lacks fields the plugin requires: after, project_id, user_name, repository.name, repository.git_ssh_url, ' +
        'repository.git_http_url, project.namespace. Jenkins would answer 500: this Push Hook has no `after`, `project_id`, `user_name`, ' +
        '`repository.name`, `repository.git_ssh_url`, `repository.git_http_url`, `project.namespace` ' +
        '(`repository.name`, `repository.git_ssh_url`, `repository.git_http_url` are deprecated keys the plugin still requires).',
    ]);
    expect(triggerWarnings({ method: 'POST', url: PLUGIN, headers: [['X-Gitlab-Event', 'Note Hook']], body: '{}' })).toEqual([
      expect.stringMatching(/^Neither a secret token nor a user's API token/),
      'This Note Hook lacks fields the plugin requires: object_attributes.note. Jenkins would answer 500: this Note Hook has no `object_attributes.note`.',
    ]);
  });

  it('say nothing about URLs that are not triggers', () => {
    expect(triggerWarnings({ method: 'GET', url: 'https://example.com/hooks', headers: [], body: '' })).toEqual([]);
  });
});
