/**
 * The known traps of a request aimed at a trigger URL, in words, before it is sent: for trigger presets,
 * and for any payload composed or replayed towards such a URL. Facts: gitlab-protocol.md §4–5.
 */
import { parsedJson } from './answer-excerpt';
import { GITLAB_EVENTS, variantJenkinsPluginAccepts, variantObjectKind } from './gitlab-catalogue';
import { headerValue } from './headers';
import { requestParams, type RequestShape } from './request-params';
import { triggerKindOfUrl } from './trigger-explain';
import type { TriggerKind } from './trigger-preset';

const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const REF_IN_PATH = /\/ref\/(.+)\/trigger\/pipeline\/?$/;

function payloadOf(request: RequestShape): Record<string, unknown> | null {
  const value = parsedJson(request.body);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function gitlabRef(request: RequestShape): string | undefined {
  const inPath = REF_IN_PATH.exec(new URL(request.url, 'http://localhost').pathname)?.[1];
  if (inPath !== undefined) {
    try {
      return decodeURIComponent(inPath);
    } catch {
      return inPath;
    }
  }
  return requestParams(request).get('ref');
}

function gitlabTriggerWarnings(request: RequestShape): string[] {
  const warnings: string[] = [];
  if (request.method !== 'POST') warnings.push(`GitLab's trigger API takes POST only: a ${request.method} gets 404.`);
  if (!requestParams(request).get('token')) warnings.push('No token: GitLab answers 400 "token is missing".');
  const ref = gitlabRef(request);
  if (!ref) warnings.push('No ref: GitLab answers 400. Name a branch or tag.');
  else if (COMMIT_SHA.test(ref)) {
    warnings.push(`The ref ${ref.slice(0, 12)}… is a commit SHA: GitLab runs trigger pipelines on a branch or tag and answers 400 "Reference not found" to a SHA.`);
  }
  if (headerValue(request.headers, 'X-Gitlab-Event') === 'Pipeline Hook') {
    warnings.push('The request carries X-Gitlab-Event: Pipeline Hook: GitLab answers 403 to it at a trigger URL, its guard against pipeline loops.');
  } else if (payloadOf(request)?.object_kind === 'pipeline') {
    warnings.push('This is a Pipeline Hook payload: a GitLab webhook delivers it with X-Gitlab-Event: Pipeline Hook, which a trigger URL answers with 403 (its guard against pipeline loops).');
  }
  return warnings;
}

/** Whether the plugin acts on this header, peeking at object_kind for System Hook as its dispatcher does. */
function pluginAccepts(header: string, payload: Record<string, unknown> | null): boolean {
  const event = GITLAB_EVENTS.find((candidate) => candidate.header === header);
  if (!event?.jenkinsPluginAccepts) return false;
  if (event.id !== 'system') return true;
  const variant = event.variants.find((candidate) => variantObjectKind(event, candidate) === payload?.object_kind);
  return variant !== undefined && variantJenkinsPluginAccepts(event, variant);
}

function isPush(header: string, payload: Record<string, unknown> | null): boolean {
  if (header === 'Push Hook' || header === 'Tag Push Hook') return true;
  return header === 'System Hook' && (payload?.object_kind === 'push' || payload?.object_kind === 'tag_push');
}

function jenkinsPluginWarnings(request: RequestShape): string[] {
  const warnings: string[] = [];
  if (request.method !== 'POST') warnings.push(`The plugin builds only on POST: a ${request.method} to /project/… is a status request.`);
  const header = headerValue(request.headers, 'X-Gitlab-Event');
  const payload = payloadOf(request);
  if (header === undefined) warnings.push('No X-Gitlab-Event header: the plugin ignores the hook and answers 404.');
  else if (!pluginAccepts(header, payload)) {
    warnings.push(`The Jenkins GitLab plugin ignores "${header}" (it acts on Push, Tag Push, Merge Request, Note, Pipeline and System hooks) and answers 404.`);
  }
  if (header !== undefined && isPush(header, payload)) {
    const repository = payload?.repository as { url?: unknown } | undefined;
    if (!repository?.url) warnings.push('The push payload has no repository.url: the plugin does nothing with it and answers 404.');
  }
  if (!headerValue(request.headers, 'X-Gitlab-Token') && !headerValue(request.headers, 'Authorization')) {
    warnings.push('Neither a secret token nor a user\'s API token: Jenkins answers 401 if the job has a Secret token, 403 if "/project" authentication is on.');
  }
  return warnings;
}

function jenkinsRemoteBuildWarnings(request: RequestShape): string[] {
  const warnings: string[] = [];
  if (request.method !== 'POST') {
    warnings.push(`Jenkins answers a ${request.method} without a token with 405, and a parameterized job answers it with its form instead of building.`);
  }
  if (!requestParams(request).get('token') && !headerValue(request.headers, 'Authorization')) {
    warnings.push('No build token and no API token: Jenkins builds only if anonymous users have Build permission on the job.');
  }
  return warnings;
}

/** `kind` defaults to what the URL looks like; a preset knows its own. */
export function triggerWarnings(request: RequestShape, kind: TriggerKind | null = triggerKindOfUrl(request.url)): string[] {
  switch (kind) {
    case 'gitlab-trigger':
      return gitlabTriggerWarnings(request);
    case 'jenkins-gitlab-plugin':
      return jenkinsPluginWarnings(request);
    case 'jenkins-remote-build':
      return jenkinsRemoteBuildWarnings(request);
    case null:
      return [];
  }
}
