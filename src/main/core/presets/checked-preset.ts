/**
 * Trigger presets arrive untyped (from the UI and the CLI, and as preset files a team edits by hand): each field
 * is checked and every mistake named in words, with what to write instead. What a hand-written file may leave
 * out gets its default, and the result keeps one key order so that saved files diff readably in git.
 */
import {
  PRESET_FIELD_LABELS,
  TRIGGER_KINDS,
  type GitlabTriggerEncoding,
  type KeyValue,
  type PresetSchedule,
  type TriggerPreset,
} from '@shared/trigger-preset';
import { parseCron } from '../schedules/cron';
import { parseHttpUrl } from '../sender/http-url';
import { UserError } from '@shared/user-error';

type Fields = Record<string, unknown>;

const ENCODINGS: readonly GitlabTriggerEncoding[] = ['form', 'query', 'json', 'ref-in-url'];
const PLUGIN_AUTH = ['secret-token', 'api-token', 'none'] as const;
const PAIRS = 'a list of [name, value] pairs of text, like [["DEPLOY", "true"]]';
const JOB_PATH = 'the Jenkins job\'s name, or its folders and name joined by "/", like "team/build"';
const SCHEDULE = 'null, or an object like {"cron": "30 0 * * *", "enabled": true}';

/** What a URL's instance looks like, and where its credentials go instead of the URL. */
const INSTANCES = {
  GitLab: { example: 'https://gitlab.example.com', credentials: 'Give the token as a secret.' },
  Jenkins: { example: 'http://jenkins.example.com:8080', credentials: 'Give the user in its own field and the token as a secret.' },
};

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Named as the Triggers form labels the field, so the same words serve the form and a hand-edited file. */
function refuse(key: string, rule: string, label = PRESET_FIELD_LABELS[key] ?? key): never {
  throw new UserError(`${label} must be ${rule}.`);
}

/** Text, trimmed; text that is not required may be left out of a hand-written file, and is then empty. */
function text(fields: Fields, key: string, rule: string, required = true, label?: string): string {
  const value = fields[key] ?? (required ? undefined : '');
  if (typeof value !== 'string' || (required && !value.trim())) refuse(key, rule, label);
  return value.trim();
}

function oneOf<T extends string>(fields: Fields, key: string, allowed: readonly T[], fallback?: T): T {
  const value = fields[key] ?? fallback;
  if (!allowed.includes(value as T)) {
    refuse(key, `one of ${allowed.join(', ')}${value === undefined ? '' : `, not ${JSON.stringify(value)}`}`);
  }
  return value as T;
}

function pairs(fields: Fields, key: string): KeyValue[] {
  const value = fields[key] ?? [];
  const valid = Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'));
  if (!valid) refuse(key, PAIRS);
  const seen = new Set<string>();
  for (const [name] of value as KeyValue[]) {
    if (!name.trim()) refuse(key, `${PAIRS}, each with a name`);
    if (seen.has(name)) refuse(key, `${PAIRS}, each name once ("${name}" is given twice)`);
    seen.add(name);
  }
  return (value as KeyValue[]).map(([name, written]) => [name, written]);
}

/** The instance's root: http(s), no credentials (preset files are shared), no query; trailing slashes dropped. */
function baseUrl(fields: Fields, instance: keyof typeof INSTANCES): string {
  const { example, credentials } = INSTANCES[instance];
  const written = text(fields, 'baseUrl', `the ${instance} instance's address, like ${example}`, true, `${instance} URL`);
  let url: URL;
  try {
    url = parseHttpUrl(written, `The ${instance} URL`);
  } catch (error) {
    throw new UserError(`${(error as Error).message} Write the instance's address, like ${example}.`);
  }
  if (url.username || url.password) throw new UserError(`Keep user:password@ out of the ${instance} URL: preset files are shared. ${credentials}`);
  if (url.search || url.hash) throw new UserError(`The ${instance} URL is the instance's root: drop its "${url.search}${url.hash}".`);
  return url.href.replace(/\/+$/, '');
}

function gitlabUrl(fields: Fields): string {
  const root = baseUrl(fields, 'GitLab');
  if (/\/api\/v4(\/|$)/.test(new URL(root).pathname)) {
    throw new UserError('Give the GitLab URL without /api/v4 or what follows it: Hookbench adds the API path.');
  }
  return root;
}

/** `JOB` or `FOLDER/…/JOB`: the parts Jenkins shows in the job's URL; Hookbench writes the /job/ and /project/ parts itself. */
function jobPath(fields: Fields): string {
  const path = text(fields, 'jobPath', JOB_PATH).replace(/^\/+|\/+$/g, '');
  const prefix = /^(job|project)\//.exec(path)?.[1];
  if (prefix) refuse('jobPath', `${JOB_PATH}, without "${prefix}/": Hookbench writes that part of the URL`);
  if (path.split('/').some((part) => !part.trim())) refuse('jobPath', `${JOB_PATH}, with no empty part ("${path}" has one)`);
  return path;
}

function jenkinsUser(fields: Fields, required: boolean): string {
  const rule = required ? 'the Jenkins user whose API token is sent, like "ci-bot"' : 'the Jenkins user as text, or "" for none';
  return text(fields, 'user', rule, required);
}

function schedule(fields: Fields): PresetSchedule | null {
  const value = fields.schedule ?? null;
  if (value === null) return null;
  if (!isRecord(value)) refuse('schedule', SCHEDULE);
  const { cron, enabled = true } = value;
  if (typeof cron !== 'string') refuse('schedule', `${SCHEDULE}, whose "cron" is a cron expression`);
  if (typeof enabled !== 'boolean') refuse('schedule', `${SCHEDULE}, whose "enabled" is true or false`);
  parseCron(cron);
  return { cron, enabled };
}

/** A plugin preset's payload: an object, or its exact text (sent byte for byte); null for a fresh sample. */
function pluginPayload(fields: Fields): unknown {
  const payload = fields.payload ?? null;
  if (payload !== null && typeof payload !== 'string' && !isRecord(payload)) {
    refuse('payload', 'a GitLab webhook payload (a JSON object, or its exact text), or null for a fresh sample at each send');
  }
  return payload;
}

function variant(fields: Fields): string | null {
  const value = fields.variant ?? null;
  if (value !== null && typeof value !== 'string') refuse('variant', 'the name of a sample variant, or null for the event\'s default');
  return value;
}

/** Checks a preset field by field, saying in words what is wrong; the result has only its kind's fields, in a fixed order. */
export function checkedPreset(value: unknown, { named = true }: { named?: boolean } = {}): TriggerPreset {
  if (!isRecord(value)) throw new UserError('A trigger preset must be an object with name, kind, baseUrl and the fields of its kind.');
  // A preset is tried (previewed, sent) before it is named; only a saved one needs a name for its file.
  const name = text(value, 'name', 'a name for the preset, like "Nightly pipeline on main"', named);
  const kind = oneOf(value, 'kind', TRIGGER_KINDS);
  switch (kind) {
    case 'gitlab-trigger':
      return {
        name, kind, baseUrl: gitlabUrl(value),
        project: text(value, 'project', 'the project\'s numeric id or its path, like "group/project"'),
        ref: text(value, 'ref', 'a branch or tag name, like "main"'),
        variables: pairs(value, 'variables'),
        inputs: pairs(value, 'inputs'),
        encoding: oneOf(value, 'encoding', ENCODINGS, 'form'),
        schedule: schedule(value),
      };
    case 'jenkins-gitlab-plugin': {
      const auth = oneOf(value, 'auth', PLUGIN_AUTH);
      return {
        name, kind, baseUrl: baseUrl(value, 'Jenkins'), jobPath: jobPath(value), auth,
        user: jenkinsUser(value, auth === 'api-token'),
        event: text(value, 'event', 'the X-Gitlab-Event sent, like "Push Hook"'),
        variant: variant(value),
        payload: pluginPayload(value),
        schedule: schedule(value),
      };
    }
    case 'jenkins-remote-build':
      return {
        name, kind, baseUrl: baseUrl(value, 'Jenkins'), jobPath: jobPath(value),
        parameters: pairs(value, 'parameters'),
        user: jenkinsUser(value, false),
        schedule: schedule(value),
      };
  }
}
