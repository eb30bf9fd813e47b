/**
 * The known traps of a request aimed at a GitLab trigger or Jenkins remote-build URL, in words, before it is
 * sent: for trigger presets, and for any payload composed or replayed towards such a URL. Facts: gitlab-protocol.md §4–5.
 */
import { parsedJson } from './answer-excerpt';
import { headerValue } from './headers';
import { requestParams, type RequestShape } from './request-params';
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

/**
 * For GitLab's trigger API and Jenkins' remote build. The Jenkins GitLab plugin's traps are its verdict, which
 * lives in the core (core/jenkins): ask the core's requestWarnings for any kind.
 */
export function triggerWarnings(request: RequestShape, kind: Exclude<TriggerKind, 'jenkins-gitlab-plugin'>): string[] {
  return kind === 'gitlab-trigger' ? gitlabTriggerWarnings(request) : jenkinsRemoteBuildWarnings(request);
}
