import { describe, expect, it } from 'vitest';
import { GITLAB_BODY_LIMIT_BYTES } from '@shared/settings';
import { bodyBytes, useCores } from '../../support/core-harness';
import { runCheck } from '../../support/check-runs';
import { useFakeServers, type FakeRequest } from '../../support/fake-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const fakeServer = useFakeServers();

const ZEROS = '0'.repeat(40);

describe('the push edge cases a check run sends', () => {
  it('sends new and deleted branches, more than 20 commits, tag pushes, emoji and a body near 25 MB, as GitLab would', async () => {
    const got: FakeRequest[] = [];
    const receiver = await fakeServer((request) => {
      got.push(request);
      return { status: 200 };
    });
    const { core } = await startCore(tempDir());
    const { run } = await runCheck(core, {
      to: receiver.url, events: ['push', 'tag-push'], kinds: ['new-branch', 'deleted-branch', 'many-commits', 'tag-push', 'unicode', 'near-size-limit'],
    });
    expect(run.cases.map((c) => `${c.key} ${c.outcome}`)).toEqual([
      'Push Hook/new-branch/new-branch passed',
      'Push Hook/delete-branch/deleted-branch passed',
      'Push Hook/many-commits/many-commits passed',
      'Tag Push Hook/create/tag-push passed',
      'Tag Push Hook/delete/tag-push passed',
      'Push Hook/-/unicode passed',
      'Push Hook/-/near-size-limit passed',
    ]);
    const bodies = got.map((request) => request.body);
    const json = bodies.slice(0, 6).map((body) => JSON.parse(body.toString('utf8')) as Record<string, any>);
    expect(json[0].before).toBe(ZEROS);
    expect(json[1].after).toBe(ZEROS);
    expect(json[2].commits).toHaveLength(20);
    expect(json[2].total_commits_count).toBeGreaterThan(20);
    expect([json[3].object_kind, json[3].ref]).toEqual(['tag_push', expect.stringMatching(/^refs\/tags\//)]);
    expect(got[3].headers['x-gitlab-event']).toBe('Tag Push Hook');
    expect(json[5].user_name).toBe('Zoë Ünïcødé 🚀');
    expect(json[5].commits[0].message).toContain('日本語のテスト, Ünïcødé ✨🚀');
    const big = bodies[6];
    expect(big.byteLength).toBeLessThanOrEqual(GITLAB_BODY_LIMIT_BYTES);
    expect(big.byteLength).toBeGreaterThan(GITLAB_BODY_LIMIT_BYTES - 128 * 1024);
    expect(JSON.parse(big.toString('utf8')).object_kind).toBe('push');
    // Stored as it went: the wire's bytes, the 25 MB one too.
    const stored = await bodyBytes(core, run.cases[6].deliveryIds[0], 'request', true);
    expect(stored.equals(big)).toBe(true);
  });
});
