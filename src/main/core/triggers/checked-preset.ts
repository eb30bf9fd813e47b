/**
 * Trigger presets arrive untyped (IPC, HTTP, preset files a team edits by hand): each field is checked
 * and every mistake named in words, with what to write instead.
 */
import type { GitlabTriggerEncoding, KeyValue, PresetSchedule, TriggerPreset } from '../../../shared/trigger-preset';
import { TRIGGER_KINDS } from '../../../shared/trigger-preset';
import { parseHttpUrl } from '../sender/http-url';
import { UserError } from '../user-error';

type Fields = Record<string, unknown>;

const ENCODINGS: readonly GitlabTriggerEncoding[] = ['form', 'query', 'json', 'ref-in-url'];
const PLUGIN_AUTH = ['secret-token', 'api-token', 'none'] as const;

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(fields: Fields, key: string, what: string, required: boolean): string {
  const value = fields[key] ?? '';
  if (typeof value !== 'string') throw new UserError(`${what} must be text.`);
  if (required && !value.trim()) throw new UserError(`Give ${what.charAt(0).toLowerCase()}${what.slice(1)}.`);
  return value.trim();
}

function oneOf<T extends string>(fields: Fields, key: string, allowed: readonly T[], what: string): T {
  const value = fields[key];
  if (!allowed.includes(value as T)) throw new UserError(`${what} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}.`);
  return value as T;
}

/** The instance's root: http(s), no credentials (preset files are shared), no query; trailing slashes dropped. */
function baseUrl(fields: Fields, what: string): string {
  const url = parseHttpUrl(text(fields, 'baseUrl', `The ${what} URL`, true), `The ${what} URL`);
  if (url.username || url.password) {
    throw new UserError(
      `Keep user:password@ out of the ${what} URL: preset files are shared. Give the user in its own field and the token as a secret.`,
    );
  }
  if (url.search || url.hash) throw new UserError(`The ${what} URL is the instance's root: drop its "${url.search}${url.hash}".`);
  return url.href.replace(/\/+$/, '');
}

function pairs(fields: Fields, key: string, what: string): KeyValue[] {
  const value = fields[key] ?? [];
  const valid = Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((v) => typeof v === 'string'));
  if (!valid) throw new UserError(`${what} must be a list of [name, value] pairs of text.`);
  const seen = new Set<string>();
  for (const [name] of value as KeyValue[]) {
    if (!name.trim()) throw new UserError(`${what}: every one needs a name.`);
    if (seen.has(name)) throw new UserError(`${what}: "${name}" is given twice.`);
    seen.add(name);
  }
  return value as KeyValue[];
}

function schedule(fields: Fields): PresetSchedule | null {
  const value = fields.schedule ?? null;
  if (value === null) return null;
  if (!isRecord(value) || typeof value.cron !== 'string' || typeof value.enabled !== 'boolean') {
    throw new UserError('The schedule must be {"cron": "30 0 * * *", "enabled": true}, or null.');
  }
  return { cron: value.cron, enabled: value.enabled };
}

/** `FOLDER/…/JOB`: Hookbench writes the /job/ and /project/ parts itself. */
function jobPath(fields: Fields): string {
  const path = text(fields, 'jobPath', 'The job path', true).replace(/^\/+|\/+$/g, '');
  if (/^(job|project)\//.test(path)) {
    throw new UserError(`Give the job path as FOLDER/JOB, without "${path.split('/')[0]}/": Hookbench writes that part of the URL.`);
  }
  if (path.split('/').some((segment) => !segment.trim())) throw new UserError(`The job path "${path}" has an empty folder name.`);
  return path;
}

function pluginPayload(fields: Fields): unknown {
  const payload = fields.payload ?? null;
  if (payload !== null && typeof payload !== 'string' && !isRecord(payload)) {
    throw new UserError('The payload must be a JSON object, its exact text, or null for a fresh sample at each send.');
  }
  return payload;
}

export function checkedPreset(value: unknown): TriggerPreset {
  if (!isRecord(value)) throw new UserError('A trigger preset must be an object.');
  const kind = oneOf(value, 'kind', TRIGGER_KINDS, 'The preset kind');
  const common = { name: text(value, 'name', 'The preset name', true), schedule: schedule(value) };
  switch (kind) {
    case 'gitlab-trigger': {
      const base = baseUrl(value, 'GitLab');
      if (/\/api\/v4$/.test(base)) throw new UserError('Give the GitLab URL without /api/v4: Hookbench adds the API path.');
      return {
        kind, ...common, baseUrl: base,
        project: text(value, 'project', 'The project (its id or path)', true),
        ref: text(value, 'ref', 'The ref (a branch or tag)', true),
        variables: pairs(value, 'variables', 'Variables'),
        inputs: pairs(value, 'inputs', 'Inputs'),
        encoding: oneOf(value, 'encoding', ENCODINGS, 'The encoding'),
      };
    }
    case 'jenkins-gitlab-plugin': {
      const auth = oneOf(value, 'auth', PLUGIN_AUTH, 'The authentication');
      const variant = value.variant ?? null;
      if (variant !== null && typeof variant !== 'string') throw new UserError('The variant must be text, or null for the default.');
      return {
        kind, ...common, baseUrl: baseUrl(value, 'Jenkins'), jobPath: jobPath(value), auth,
        user: text(value, 'user', 'The Jenkins user', auth === 'api-token'),
        event: text(value, 'event', 'The X-Gitlab-Event', true),
        variant,
        payload: pluginPayload(value),
      };
    }
    case 'jenkins-remote-build':
      return {
        kind, ...common, baseUrl: baseUrl(value, 'Jenkins'), jobPath: jobPath(value),
        parameters: pairs(value, 'parameters', 'Parameters'),
        user: text(value, 'user', 'The Jenkins user', false),
      };
  }
}
