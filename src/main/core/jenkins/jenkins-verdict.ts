/**
 * What the Jenkins GitLab plugin would answer to a request at `/project/<job>`, and what it would do, in
 * words (gitlab-protocol.md §5.1, §5.3). Pure: the mock answers with it, and Compose, Replay, Triggers, the
 * CLI and lint-jenkins show it before sending.
 */
import { headerValue } from '@shared/headers';
import { parseFailure } from './jackson-types';
import { handlerOutcome, missingInWords } from './hook-handlers';
import { isObject, type HookKind } from './hook-fields';
import type { JenkinsJob } from './jenkins-job';
import { verifyToken } from '../verify/secret-token';

export interface JenkinsRequest {
  method: string;
  headers: ReadonlyArray<readonly [string, string]>;
  body: Uint8Array;
}

export interface JenkinsVerdict {
  status: number;
  /** What the plugin writes as the answer's body (empty on success). */
  body: string;
  /** Whether a build (or a branch indexing) would be scheduled. */
  builds: boolean;
  /** What the plugin would do and why, in words. */
  words: string;
  /** Required fields the hook lacks (a 500). */
  missing: string[];
}

const HANDLED_EVENTS: Record<string, HookKind> = {
  'Merge Request Hook': 'merge-request',
  'Push Hook': 'push',
  'Tag Push Hook': 'push',
  'Note Hook': 'note',
  'Pipeline Hook': 'pipeline',
};

const SYSTEM_HOOK_KINDS: Record<string, HookKind> = { merge_request: 'merge-request', push: 'push', tag_push: 'push' };

const DISABLES = 'GitLab counts this as a failure and disables the hook after 4 in a row';

const answer = (status: number, body: string, words: string, builds = false, missing: string[] = []): JenkinsVerdict => ({ status, body, builds, words, missing });

const notHandled = (words: string) => answer(404, 'Not Found', `Jenkins ${words} and answers 404: ${DISABLES}`);

function parsed(body: Uint8Array): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(body).toString('utf8'));
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** Which handler the plugin picks: by `X-Gitlab-Event`, and a System Hook by its `object_kind`. */
function dispatch(event: string | null, hook: () => Record<string, unknown> | null): { kind: HookKind; name: string } | JenkinsVerdict {
  if (event === null) return notHandled('gets no `X-Gitlab-Event` header, so nothing handles the request,');
  if (event === 'System Hook') {
    const objectKind = hook()?.object_kind;
    const kind = typeof objectKind === 'string' ? SYSTEM_HOOK_KINDS[objectKind] : undefined;
    if (!kind) return notHandled(`ignores a System Hook of object_kind \`${String(objectKind)}\``);
    return { kind, name: `System Hook (${objectKind as string})` };
  }
  const kind = HANDLED_EVENTS[event];
  return kind ? { kind, name: event } : notHandled(`ignores ${event}`);
}

/** The authenticated `/project` endpoint: anonymous callers need Job/Build, which Basic auth may carry. */
function anonymousRefusal(job: JenkinsJob, headers: JenkinsRequest['headers']): JenkinsVerdict | null {
  if (job.allowAnonymous || /^basic\s/i.test(headerValue(headers, 'Authorization') ?? '')) return null;
  return answer(403, 'anonymous is missing the Job/Build permission',
    `Jenkins would answer 403: the job has no secret token, so the authenticated /project end-point wants a user with Job/Build permission (https://USER:APITOKEN@JENKINS/project/${job.path}); anonymous is missing it`);
}

/** The plugin's answer to `request` for `job` (null: no such job, `jobPath` names what was asked for). */
export function jenkinsVerdict(request: JenkinsRequest, job: JenkinsJob | null, jobPath: string): JenkinsVerdict {
  if (request.method !== 'POST') {
    return answer(404, 'Not Found', `Hookbench's Jenkins mock does not serve ${request.method} /project/${jobPath} (on Jenkins the GET status helpers redirect to builds or draw a status badge); webhooks are POSTs`);
  }
  if (!job) return answer(404, 'Not Found', `Jenkins would answer 404: there is no job \`${jobPath}\``);
  let hook: Record<string, unknown> | null | undefined;
  const readHook = () => (hook === undefined ? (hook = parsed(request.body)) : hook);
  const handler = dispatch(headerValue(request.headers, 'X-Gitlab-Event') ?? null, readHook);
  if ('status' in handler) return handler;
  const body = readHook();
  if (!body) return answer(500, 'Server Error', `Jenkins would answer 500: the body of this ${handler.name} is not a JSON object, and the plugin parses it before anything else`);
  const typeProblem = parseFailure(handler.kind, body);
  if (typeProblem) return answer(500, 'Server Error', `Jenkins would answer 500: in this ${handler.name}, ${typeProblem}`);
  if (handler.kind === 'push' && isObject(body.repository) && (body.repository.url === null || body.repository.url === undefined)) {
    return answer(404, 'Not Found', `Jenkins would do nothing and answer 404: this ${handler.name} has a \`repository\` without \`repository.url\``);
  }
  if (job.multibranch) {
    if (handler.kind !== 'push') {
      const name = handler.name.replace(/^System Hook \(merge_request\)$/, 'Merge Request Hook');
      return answer(409, `${name} is not supported for this project`, `Jenkins would answer 409: ${job.path} is a multibranch project, which takes only Push and Tag Push Hooks`);
    }
    return anonymousRefusal(job, request.headers) ??
      answer(200, '', `Jenkins would index the branches of ${job.path} (a multibranch project; the secret token is not checked there)`, true);
  }
  if (job.token !== null) {
    // SHA-256 of both, compared in constant time, as the plugin's TriggerNotifier does.
    const token = verifyToken({ secretToken: job.token, headers: request.headers });
    if (token.verdict !== 'valid') {
      return answer(401, 'Invalid token', `Jenkins would answer 401 "Invalid token": ${token.verdict === 'missing' ? 'no X-Gitlab-Token was sent' : 'X-Gitlab-Token is not the job\'s secret token'}`);
    }
  } else {
    const refusal = anonymousRefusal(job, request.headers);
    if (refusal) return refusal;
  }
  const outcome = handlerOutcome(handler.kind, job, body);
  switch (outcome.kind) {
    case 'build':
      return answer(200, '', `Jenkins would build ${job.path} ${outcome.words}`, true);
    case 'skip':
      return answer(200, '', `Jenkins answers 200 but would not build: ${outcome.words}`);
    case 'missing':
      return answer(500, 'Server Error', `Jenkins would answer 500: this ${handler.name} has no ${missingInWords(outcome.fields)}`, false, outcome.fields);
  }
}
