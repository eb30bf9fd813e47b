/** Every sample of an event the plugin handles carries every field the plugin requires (gitlab-protocol.md §5.3). */
import { describe, expect, it } from 'vitest';
import { GITLAB_EVENTS } from '@shared/gitlab-catalogue';
import { generateSample } from '../../../src/main/core/samples/generate-sample';
import { jenkinsVerdict } from '../../../src/main/core/jenkins/jenkins-verdict';
import { JOB_DEFAULTS } from '../../../src/main/core/jenkins/jenkins-job';

// A job that builds on every hook it can: each handler reads its whole cause data, so every required field is checked.
const EAGER = { ...JOB_DEFAULTS, path: 'team/build-app', token: null, allowAnonymous: true, ciSkip: false, noteRegex: '[\\s\\S]*', pipelineStatuses: ['created', 'pending', 'running', 'success', 'failed', 'canceled', 'skipped', 'manual'] };

const cases = GITLAB_EVENTS.flatMap((event) => event.variants.map((variant) => ({ header: event.header, variant: variant.id })));

describe('samples for a Jenkins target', () => {
  it.each(cases)('$header ($variant): no field the plugin requires is missing, none has a type it cannot read', ({ header, variant }) => {
    const generated = generateSample(header, variant).payload;
    // Merged, closed and approved merge requests do not build, so their cause data is read as an opened one's would be.
    const attributes = generated.object_attributes as Record<string, unknown> | undefined;
    const payload = header === 'Merge Request Hook' ? { ...generated, object_attributes: { ...attributes, action: 'open' } } : generated;
    // A comment on an issue or a commit has no merge request: a matching one is a 500 on Jenkins whatever the sample holds.
    const onMergeRequest = header !== 'Note Hook' || (payload.object_attributes as Record<string, unknown>).noteable_type === 'MergeRequest';
    const verdict = jenkinsVerdict(
      { method: 'POST', headers: [['X-Gitlab-Event', header]], body: Buffer.from(JSON.stringify(payload)) },
      { ...EAGER, noteRegex: onMergeRequest ? EAGER.noteRegex : '' },
      'team/build-app',
    );
    expect(verdict.missing).toEqual([]);
    expect(verdict.status === 200 || verdict.status === 404, verdict.words).toBe(true);
  });
});
