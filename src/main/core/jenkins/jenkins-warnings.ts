/**
 * The plugin's verdict on a request before it is sent to a `/project/...` URL (Compose, Replay, Triggers, the
 * CLI): the same verdict the mock answers with, for a job with the plugin's defaults, since the real job's
 * options are not known here.
 */
import { headerValue } from '@shared/headers';
import type { RequestShape } from '@shared/request-params';
import { JOB_DEFAULTS } from './jenkins-job';
import { jenkinsVerdict, type JenkinsVerdict } from './jenkins-verdict';
import { projectSegments } from './job-route';

/** The job path a URL names after `/project/` (Jenkins may live under a prefix, e.g. /jenkins/project/app). */
function jobPathOf(url: string): string {
  const path = new URL(url, 'http://localhost').pathname;
  return projectSegments(path.slice(path.indexOf('/project/')))?.join('/') ?? '';
}

const sentence = (words: string) => (/[.!?]$/.test(words) ? words : `${words}.`);

export interface PreviewVerdict {
  verdict: JenkinsVerdict;
  /** Neither X-Gitlab-Token nor Basic auth: a real job answers 401 or 403 whatever else the hook holds. */
  unauthenticated: boolean;
}

export const UNAUTHENTICATED_WARNING =
  'Neither a secret token nor a user\'s API token: Jenkins answers 401 if the job has a Secret token, 403 if "/project" authentication is on.';

/**
 * The verdict for a job with the plugin's defaults, taking the token sent as the job's and anonymous calls as
 * allowed, so what else the plugin would say still shows; `jobPath` when the URL names no job.
 */
export function previewJenkinsVerdict(request: RequestShape, jobPath = jobPathOf(request.url)): PreviewVerdict {
  const token = headerValue(request.headers, 'X-Gitlab-Token') ?? null;
  const unauthenticated = token === null && !/^basic\s/i.test(headerValue(request.headers, 'Authorization') ?? '');
  const job = { ...JOB_DEFAULTS, path: jobPath, token, allowAnonymous: true };
  const verdict = jenkinsVerdict({ method: request.method, headers: request.headers, body: Buffer.from(request.body) }, job, job.path);
  return { verdict, unauthenticated };
}

export function jenkinsPluginWarnings(request: RequestShape): string[] {
  if (request.method !== 'POST') return [`The plugin builds only on POST: a ${request.method} to /project/… is a status request.`];
  const { verdict, unauthenticated } = previewJenkinsVerdict(request);
  const warnings = unauthenticated ? [UNAUTHENTICATED_WARNING] : [];
  const event = headerValue(request.headers, 'X-Gitlab-Event') ?? 'hook';
  if (verdict.missing.length > 0) {
    warnings.push(`This ${event} lacks fields the plugin requires: ${verdict.missing.join(', ')}. ${sentence(verdict.words)}`);
  } else if (verdict.status >= 400 || !verdict.builds) {
    warnings.push(sentence(verdict.status < 400 ? `${verdict.words} (for a job with the plugin's default options)` : verdict.words));
  }
  return warnings;
}
