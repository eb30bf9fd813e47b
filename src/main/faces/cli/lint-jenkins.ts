/**
 * `hookbench lint-jenkins ID|FILE [--event E] [--job PATH]`: what the Jenkins GitLab plugin would answer to a
 * stored delivery or a payload file, from the core's one verdict; exit 1 when it would answer 4xx or 5xx.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { RawHeaders } from '@shared/delivery';
import { GITLAB_EVENTS } from '@shared/gitlab-catalogue';
import { headerValue } from '@shared/headers';
import { UserError } from '@shared/user-error';
import type { AppCore } from '../../core/app-core';
import { UNAUTHENTICATED_WARNING, previewJenkinsVerdict } from '../../core/jenkins/jenkins-warnings';
import { readPayloadFile } from './payload-file';
import { UsageError } from './usage-error';

export const LINT_JENKINS_USAGE = `lint-jenkins ID|FILE [--event "<X-Gitlab-Event>"] [--job FOLDER/JOB] [--data-dir DIR]
  What the Jenkins GitLab plugin would answer and do for a stored delivery (its number) or a payload file,
  for a job with the plugin's default options; exits 1 when the plugin would answer 4xx or 5xx.
  --event E   the X-Gitlab-Event to judge it as (default: the delivery's, the saved sample's, or the payload's object_kind)
  --job PATH  the job named in the words (default: the delivery's /project/ path)
`;

const OPTIONS = { 'data-dir': { type: 'string' }, event: { type: 'string' }, job: { type: 'string' } } as const;

export function parseLintArgs(args: string[]) {
  try {
    const { values, positionals } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true });
    if (positionals.length !== 1) throw new UsageError('hookbench lint-jenkins takes one delivery id or one payload file.');
    return { flags: values, target: positionals[0] };
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(`hookbench lint-jenkins: ${(error as Error).message}`);
  }
}

interface Judged {
  url: string;
  headers: RawHeaders;
  body: Buffer;
  /** Whether the source says how it authenticates (a delivery, a saved sample); a bare file does not. */
  hasHeaders: boolean;
}

/** The event a bare payload is judged as: the one whose object_kind it has (Push Hook for `push`). */
function eventOfPayload(body: Buffer): string | null {
  let kind: unknown;
  try {
    kind = (JSON.parse(body.toString('utf8')) as Record<string, unknown>).object_kind;
  } catch {
    return null;
  }
  return GITLAB_EVENTS.find((event) => event.id !== 'system' && event.objectKind === kind)?.header ?? null;
}

function fromFile(file: string): Judged {
  const { sample, bytes } = readPayloadFile(file);
  const headers: RawHeaders = sample ? [['X-Gitlab-Event', sample.event], ...(sample.headers ?? [])] : [];
  return { url: '/project/JOB', headers, body: bytes, hasHeaders: sample !== null };
}

async function fromDelivery(core: AppCore, id: number): Promise<Judged> {
  const detail = await core.handlers.getDelivery(id, true);
  if (!detail) throw new UserError(`There is no delivery #${id}: it may have been deleted or pruned.`);
  const body = await core.handlers.getBodyBytes(id, 'request', true);
  return { url: detail.url, headers: detail.requestHeaders, body: Buffer.from(body?.bytes ?? new Uint8Array()), hasHeaders: true };
}

/** Reads the target (a delivery needs the data folder: `withCore` opens it) and judges it; the lines and the exit code. */
export async function lintJenkins(
  args: string[],
  withCore: <T>(dataDir: string | undefined, work: (core: AppCore) => Promise<T>) => Promise<T>,
): Promise<{ out: string; err: string; code: number }> {
  const { flags, target } = parseLintArgs(args);
  const judged = /^\d+$/.test(target) && !existsSync(target)
    ? await withCore(flags['data-dir'], (core) => fromDelivery(core, Number(target)))
    : fromFile(target);
  const event = flags.event ?? headerValue(judged.headers, 'X-Gitlab-Event') ?? eventOfPayload(judged.body);
  if (!event) throw new UserError(`Say which event ${target} is: --event "Push Hook" (its object_kind names none the plugin handles).`);
  const headers: RawHeaders = [['X-Gitlab-Event', event], ...judged.headers.filter(([name]) => name.toLowerCase() !== 'x-gitlab-event')];
  const path = flags.job ?? (judged.url.includes('/project/') ? undefined : 'JOB');
  const { verdict, unauthenticated } = previewJenkinsVerdict({ method: 'POST', url: judged.url, headers, body: judged.body.toString('utf8') }, path);
  const line = `${verdict.status} — ${verdict.words}\n`;
  const missing = verdict.missing.length > 0 ? `Missing: ${verdict.missing.join(', ')}\n` : '';
  const warning = unauthenticated && judged.hasHeaders ? `Warning: ${UNAUTHENTICATED_WARNING}\n` : '';
  const failed = verdict.status >= 400;
  return { out: failed ? '' : line, err: warning + (failed ? line + missing : ''), code: failed ? 1 : 0 };
}
