/**
 * Every key GitLab's webhook docs show for an event is in Hookbench's sample of it, at every depth: the docs'
 * example payloads (fixtures/, transcribed from gitlab-org/gitlab at the commit named in each file) against a
 * sample of each catalogue variant. A sample may carry more than the docs show (GitLab's builders send keys
 * its examples omit); it may not carry less.
 */
import { describe, expect, it } from 'vitest';
import { generateSample } from '../../../src/main/core/samples/generate-sample';
import { GITLAB_EVENTS } from '@shared/gitlab-catalogue';
import systemHooks from './fixtures/system-hooks.json';
import webhookEvents from './fixtures/webhook-events.json';

type Examples = Record<string, unknown>;
const WEBHOOK = webhookEvents.examples as Examples;
const SYSTEM = systemHooks.examples as Examples;

/** The docs example each catalogue variant is held to; variants of one event share it unless named. */
const EXAMPLE_OF: Record<string, string | Record<string, string>> = {
  push: 'push',
  'tag-push': 'tag_push',
  issue: 'issue',
  'confidential-issue': 'issue',
  note: { commit: 'note_commit', 'merge-request': 'note_merge_request', issue: 'note_issue', snippet: 'note_snippet' },
  'confidential-note': { commit: 'note_commit', 'merge-request': 'note_merge_request', issue: 'note_issue', snippet: 'note_snippet' },
  'merge-request': 'merge_request',
  'wiki-page': 'wiki_page',
  pipeline: 'pipeline',
  job: 'job',
  deployment: 'deployment',
  'feature-flag': 'feature_flag',
  release: 'release',
  milestone: 'milestone',
  emoji: 'emoji',
  'resource-access-token': { project: 'access_token_project', group: 'access_token_group' },
  vulnerability: 'vulnerability',
  member: { add: 'member_add', update: 'member_update', remove: 'member_remove', 'access-request': 'member_access_request', 'access-denied': 'member_access_denied' },
  project: { create: 'project_create', destroy: 'project_destroy' },
  subgroup: { create: 'subgroup_create', destroy: 'subgroup_destroy' },
};

/**
 * Keys of a docs example that GitLab sends only in a situation the example happens to show and the variant
 * does not: `path` under the event id, with the reason.
 */
const ONLY_AT_TIMES: Record<string, Record<string, string>> = {
  pipeline: { source_pipeline: 'only for a pipeline triggered by another one (the example is one)' },
  job: { source_pipeline: 'only for a job of a pipeline triggered by another one' },
  issue: {
    'object_attributes.escalation_status': 'only for issue types with escalations, such as incidents',
    'object_attributes.escalation_policy': 'only for issue types with escalations, such as incidents',
  },
  'confidential-issue': {
    'object_attributes.escalation_status': 'only for issue types with escalations, such as incidents',
    'object_attributes.escalation_policy': 'only for issue types with escalations, such as incidents',
  },
  emoji: { note: 'only when the emoji is awarded on a comment; the samples award it on the issue itself' },
};

/** `changes` lists only the attributes that changed, so which keys it has is each variant's own story. */
const CHANGED_ATTRIBUTES = 'changes.';

type Shape = { [key: string]: Shape } | null;

/** The keys of a value at every depth; an array's elements are merged, so one shape stands for all of them. */
function shapeOf(value: unknown): Shape {
  if (Array.isArray(value)) return value.map(shapeOf).reduce<Shape>(merge, null);
  if (typeof value !== 'object' || value === null) return null;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, shapeOf(child)]));
}

function merge(a: Shape, b: Shape): Shape {
  if (a === null) return b;
  if (b === null) return a;
  const merged: { [key: string]: Shape } = { ...a };
  for (const [key, child] of Object.entries(b)) merged[key] = merge(merged[key] ?? null, child);
  return merged;
}

/** Paths the docs shape has and the sample's lacks; a value the sample leaves null is not looked into. */
function missingKeys(docs: Shape, sample: Shape, path = ''): string[] {
  if (docs === null || sample === null) return [];
  return Object.entries(docs).flatMap(([key, child]) => {
    const at = path ? `${path}.${key}` : key;
    return Object.hasOwn(sample, key) ? missingKeys(child, sample[key], at) : [at];
  });
}

function exampleFor(eventId: string, variantId: string): unknown {
  if (eventId === 'system') return SYSTEM[variantId.replaceAll('-', '_')];
  const named = EXAMPLE_OF[eventId];
  return named === undefined ? undefined : WEBHOOK[typeof named === 'string' ? named : named[variantId]];
}

const EVERY_VARIANT = GITLAB_EVENTS.flatMap((event) =>
  event.variants.map((variant) => ({ eventId: event.id, variantId: variant.id, name: `${event.header} / ${variant.id}` })),
);

/** Not on either docs page at this commit (deploy-token events came in 18.4 behind a flag). */
const UNDOCUMENTED = new Set(['resource-deploy-token']);

describe("samples against GitLab's documented payloads", () => {
  it.each(EVERY_VARIANT.filter(({ eventId }) => !UNDOCUMENTED.has(eventId)))('$name carries every documented key', ({ eventId, variantId }) => {
    const example = exampleFor(eventId, variantId);
    expect(example, 'a docs example for this variant').toBeDefined();
    // Several samples, so keys that come and go with random choices (a runner, an assignee) are all seen.
    const sample = Array.from({ length: 5 }, () => shapeOf(generateSample(eventId, variantId).payload)).reduce(merge);
    const allowed = ONLY_AT_TIMES[eventId] ?? {};
    const missing = missingKeys(shapeOf(example), sample)
      .filter((path) => !Object.hasOwn(allowed, path) && !path.startsWith(CHANGED_ATTRIBUTES));
    expect(missing, `missing: ${missing.join(', ')}`).toEqual([]);
  });

  it('has a system hook variant for every event_name the system hooks page documents', () => {
    const variants = new Set(GITLAB_EVENTS.find((event) => event.id === 'system')!.variants.map((variant) => variant.id.replaceAll('-', '_')));
    expect(Object.keys(SYSTEM).filter((eventName) => !variants.has(eventName))).toEqual([]);
  });

  it.each(Object.keys(SYSTEM))('the System Hook sample for %s says so in event_name or object_kind', (eventName) => {
    const { payload } = generateSample('system', eventName.replaceAll('_', '-'));
    expect(payload.event_name ?? payload.object_kind).toBe(eventName);
  });
});
