import { findGitlabEvent, findGitlabVariant } from '@shared/gitlab-catalogue';
import { UserError } from '@shared/user-error';
import { defaultSampleContext, type SampleContext } from '@shared/sample-context';
import { SAMPLE_GENERATORS } from './generators';
import { cryptoRandom, type Random } from './random';
import { SampleScope } from './scope';

export interface GeneratedSample {
  /** The `X-Gitlab-Event` value GitLab sends this payload with. */
  header: string;
  payload: Record<string, unknown>;
}

/** GitLab caps a push's commit list anyway; this keeps a typo from building a million commits. */
const MAX_COMMIT_COUNT = 10_000;

function resolveContext(context: Partial<SampleContext>): SampleContext {
  const resolved = { ...defaultSampleContext, ...context, gitlabUrl: (context.gitlabUrl ?? defaultSampleContext.gitlabUrl).replace(/\/+$/, '') };
  if (!Number.isInteger(resolved.commitCount) || resolved.commitCount < 1 || resolved.commitCount > MAX_COMMIT_COUNT) {
    throw new UserError(`The commit count must be a whole number from 1 to ${MAX_COMMIT_COUNT}, not ${resolved.commitCount}.`);
  }
  if (!URL.canParse(resolved.gitlabUrl) || !/^https?:$/.test(new URL(resolved.gitlabUrl).protocol)) {
    throw new UserError(`The GitLab URL must be an http or https URL, not "${resolved.gitlabUrl}".`);
  }
  if (!/^[^/\s]+(\/[^/\s]+)+$/.test(resolved.projectPath)) {
    throw new UserError(`The project path must look like "group/project", not "${resolved.projectPath}".`);
  }
  return resolved;
}

/**
 * A fresh payload for an event (catalogue id or `X-Gitlab-Event` header) and variant (the event's default
 * when omitted): new SHAs, ids, UUIDs and timestamps each call, the same project and user as the context.
 * `now` is the moment the payload describes: a scenario's step, which is not the moment it is built.
 */
export function generateSample(
  eventId: string,
  variantId?: string,
  context: Partial<SampleContext> = defaultSampleContext,
  random: Random = cryptoRandom,
  now: Date = new Date(),
): GeneratedSample {
  const event = findGitlabEvent(eventId);
  if (!event) throw new UserError(`"${eventId}" is not a GitLab event Hookbench knows; see \`hookbench samples\`.`);
  const variant = findGitlabVariant(event, variantId);
  if (!variant) {
    const known = event.variants.map((candidate) => candidate.id).join(', ');
    throw new UserError(`"${event.header}" has no variant "${variantId}"; it has ${known}.`);
  }
  const scope = new SampleScope(resolveContext(context), random, now);
  return { header: event.header, payload: SAMPLE_GENERATORS[event.id](scope, variant.id) };
}
