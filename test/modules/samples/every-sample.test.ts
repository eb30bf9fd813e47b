import { describe, expect, it } from 'vitest';
import { generateSample } from '../../../src/main/core/samples/generate-sample';
import { gitlabEventSchema } from '@shared/event-schemas/event-schema';
import { checkObjectKind, GITLAB_EVENTS, variantObjectKind } from '@shared/gitlab-catalogue';
import { validate } from './json-schema-validator';
import { referenceKeys } from './reference-keys';

const EVERY_VARIANT = GITLAB_EVENTS.flatMap((event) =>
  event.variants.map((variant) => ({ event, variant, name: `${event.header} / ${variant.id}` })),
);

describe('every event and variant', () => {
  it.each(EVERY_VARIANT)('$name validates against its schema', ({ event, variant }) => {
    const { header, payload } = generateSample(event.id, variant.id);
    expect(header).toBe(event.header);
    expect(validate(gitlabEventSchema(event.id, variant.id), payload)).toEqual([]);
  });

  it.each(EVERY_VARIANT)("$name has exactly the reference's top-level keys", ({ event, variant }) => {
    const { payload } = generateSample(event.id, variant.id);
    const { always, mayAlso = [] } = referenceKeys(event.id, variant.id);
    expect(Object.keys(payload).filter((key) => !always.includes(key) && !mayAlso.includes(key))).toEqual([]);
    expect(always.filter((key) => !Object.hasOwn(payload, key))).toEqual([]);
  });

  it.each(EVERY_VARIANT)('$name carries the object_kind its header goes with', ({ event, variant }) => {
    const { header, payload } = generateSample(event.id, variant.id);
    const kind = variantObjectKind(event, variant);
    if (kind === null) expect(payload).not.toHaveProperty('object_kind');
    else expect(payload.object_kind).toBe(kind);
    expect(checkObjectKind(header, payload)).toBeNull();
  });

  it('rejects a payload whose object_kind or a required key is wrong, so the schema checks something', () => {
    const { payload } = generateSample('push', 'default');
    const schema = gitlabEventSchema('Push Hook');
    expect(validate(schema, { ...payload, object_kind: 'tag_push' })).toEqual(['$.object_kind: expected "push"']);
    const { repository: _dropped, ...withoutRepository } = payload;
    expect(validate(schema, withoutRepository)).toEqual(['$: missing repository']);
    expect(validate(schema, { ...payload, after: 'HEAD' })).toHaveLength(1);
  });

  it('gives the system hook a schema per payload shape', () => {
    expect(gitlabEventSchema('System Hook', 'merge-request').properties?.object_kind).toEqual({ type: 'string', const: 'merge_request' });
    const repositoryUpdate = gitlabEventSchema('System Hook', 'repository-update');
    expect(repositoryUpdate.properties).not.toHaveProperty('object_kind');
    expect(repositoryUpdate.required).toContain('refs');
  });

  it('lets an issue hook be a work item, and a member hook have no object_kind', () => {
    expect(gitlabEventSchema('Issue Hook').properties?.object_kind).toEqual({ type: 'string', enum: ['issue', 'work_item'] });
    expect(gitlabEventSchema('Member Hook').required).not.toContain('object_kind');
  });
});
