import {
  findGitlabEvent,
  findGitlabVariant,
  objectKindsOf,
  variantObjectKind,
  type GitlabEvent,
} from '../gitlab-catalogue';
import { UserError } from '../user-error';
import { EVENT_FIELDS } from './event-fields';
import type { JsonSchema } from './json-schema';
import { SYSTEM_EVENT_FIELDS } from './system-event-fields';

/**
 * A system hook variant's payload is the project hook GitLab builds it from, or one of its own; the rest are the
 * system hooks' own events, found by event_name.
 */
const SYSTEM_VARIANT_FIELDS: Readonly<Record<string, string>> = {
  push: 'push',
  'tag-push': 'tag-push',
  'merge-request': 'merge-request',
  'repository-update': 'system-repository-update',
};

function objectKindSchema(kinds: ReadonlySet<string | null>): JsonSchema | null {
  const strings = [...kinds].filter((kind): kind is string => kind !== null);
  if (strings.length === 0) return null;
  return strings.length === 1 ? { type: 'string', const: strings[0] } : { type: 'string', enum: strings };
}

function resolve(event: GitlabEvent, variantId?: string): { fieldsId: string; kinds: ReadonlySet<string | null>; title: string } {
  if (event.id !== 'system') return { fieldsId: event.id, kinds: objectKindsOf(event), title: event.header };
  const variant = findGitlabVariant(event, variantId);
  if (!variant) throw new UserError(`"${event.header}" has no variant "${variantId}".`);
  return {
    fieldsId: SYSTEM_VARIANT_FIELDS[variant.id] ?? variant.id.replaceAll('-', '_'),
    kinds: new Set([variantObjectKind(event, variant)]),
    title: `${event.header} (${variant.label})`,
  };
}

/**
 * The JSON schema of an event's payloads (catalogue id or `X-Gitlab-Event` header): required top-level
 * keys, `object_kind`, the main fields' types, and room for anything newer GitLab adds. Only the system
 * hook's variants differ in shape, so `variantId` matters for it alone.
 */
export function gitlabEventSchema(eventId: string, variantId?: string): JsonSchema {
  const event = findGitlabEvent(eventId);
  if (!event) throw new UserError(`"${eventId}" is not a GitLab event Hookbench knows.`);
  const { fieldsId, kinds, title } = resolve(event, variantId);
  const { fields, optional = [] } = EVENT_FIELDS[fieldsId] ?? SYSTEM_EVENT_FIELDS[fieldsId];
  const objectKind = objectKindSchema(kinds);
  const properties = objectKind ? { object_kind: objectKind, ...fields } : { ...fields };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title,
    type: 'object',
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    additionalProperties: true,
  };
}
