import {
  TRIGGER_KINDS,
  type GitlabTriggerEncoding,
  type KeyValue,
  type PresetSchedule,
  type TriggerPreset,
} from '../../../shared/trigger-preset';
import { parseCron } from '../schedules/cron';
import { UserError } from '../user-error';

type Fields = Record<string, unknown>;

const ENCODINGS: readonly GitlabTriggerEncoding[] = ['form', 'query', 'json', 'ref-in-url'];
const PLUGIN_AUTH = ['secret-token', 'api-token', 'none'] as const;

function refuse(key: string, rule: string): never {
  throw new UserError(`The preset's "${key}" must be ${rule}.`);
}

function text(fields: Fields, key: string, rule: string): string {
  const value = fields[key];
  if (typeof value !== 'string' || !value.trim()) refuse(key, rule);
  return value;
}

/** Optional text a hand-written file may leave out. */
function optionalText(fields: Fields, key: string): string {
  const value = fields[key] ?? '';
  if (typeof value !== 'string') refuse(key, 'text');
  return value;
}

function oneOf<T extends string>(fields: Fields, key: string, allowed: readonly T[], fallback?: T): T {
  const value = fields[key] ?? fallback;
  if (!allowed.includes(value as T)) refuse(key, `one of ${allowed.join(', ')}`);
  return value as T;
}

function keyValues(fields: Fields, key: string): KeyValue[] {
  const value = fields[key] ?? [];
  const ok =
    Array.isArray(value) &&
    value.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && pair[0] !== '' && typeof pair[1] === 'string');
  if (!ok) refuse(key, 'a list of [name, value] pairs of text, each with a name, like [["DEPLOY", "true"]]');
  return (value as KeyValue[]).map(([k, v]) => [k, v]);
}

function baseUrl(fields: Fields): string {
  const value = text(fields, 'baseUrl', 'an http:// or https:// address, like https://gitlab.example.com');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    refuse('baseUrl', `an http:// or https:// address, like https://gitlab.example.com ("${value}" is not an address)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') refuse('baseUrl', `an http:// or https:// address, not ${url.protocol}`);
  if (url.username || url.password) {
    refuse('baseUrl', 'an address without a user or password: presets are shared as files, so enter credentials in the app');
  }
  return value;
}

/** `JOB` or `FOLDER/…/JOB`: the parts Jenkins shows in the job's URL. */
function jobPath(fields: Fields): string {
  const value = text(fields, 'jobPath', 'the Jenkins job\'s name, or its folders and name joined by "/", like "team/build"');
  if (value.split('/').some((part) => !part.trim())) {
    refuse('jobPath', 'the Jenkins job\'s name, or its folders and name joined by "/", like "team/build", with no empty part');
  }
  return value;
}

function schedule(fields: Fields): PresetSchedule | null {
  const value = fields.schedule ?? null;
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) refuse('schedule', 'null or an object with cron and enabled');
  const { cron, enabled = true } = value as Fields;
  if (typeof cron !== 'string') refuse('schedule', 'an object whose "cron" is a cron expression, like "30 0 * * *"');
  if (typeof enabled !== 'boolean') refuse('schedule', 'an object whose "enabled" is true or false');
  parseCron(cron);
  return { cron, enabled };
}

/** Checks a preset field by field (from a file, or from a face), saying in words what is wrong. */
export function checkedPreset(value: unknown): TriggerPreset {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError('A trigger preset must be an object with name, kind, baseUrl and the fields of its kind.');
  }
  const fields = value as Fields;
  const common = {
    name: text(fields, 'name', 'text'),
    kind: oneOf(fields, 'kind', TRIGGER_KINDS),
    baseUrl: baseUrl(fields),
  };
  switch (common.kind) {
    case 'gitlab-trigger':
      return {
        ...common,
        kind: common.kind,
        project: text(fields, 'project', 'the project\'s numeric id or its path, like "group/project"'),
        ref: text(fields, 'ref', 'a branch or tag name, like "main"'),
        variables: keyValues(fields, 'variables'),
        inputs: keyValues(fields, 'inputs'),
        encoding: oneOf(fields, 'encoding', ENCODINGS, 'form'),
        schedule: schedule(fields),
      };
    case 'jenkins-gitlab-plugin': {
      const auth = oneOf(fields, 'auth', PLUGIN_AUTH);
      const user = auth === 'api-token' ? text(fields, 'user', 'the Jenkins user whose API token is sent') : optionalText(fields, 'user');
      const { variant = null, payload = null } = fields;
      if (variant !== null && typeof variant !== 'string') refuse('variant', 'text or null');
      if (payload !== null && (typeof payload !== 'object' || Array.isArray(payload))) {
        refuse('payload', 'a GitLab webhook payload (a JSON object), or null for a fresh sample at each send');
      }
      return {
        ...common,
        kind: common.kind,
        jobPath: jobPath(fields),
        auth,
        user,
        event: text(fields, 'event', 'the X-Gitlab-Event sent, like "Push Hook"'),
        variant,
        payload,
        schedule: schedule(fields),
      };
    }
    case 'jenkins-remote-build':
      return {
        ...common,
        kind: common.kind,
        jobPath: jobPath(fields),
        parameters: keyValues(fields, 'parameters'),
        user: optionalText(fields, 'user'),
        schedule: schedule(fields),
      };
  }
}
