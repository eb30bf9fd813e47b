/**
 * Trigger presets: the calls a user fires at GitLab's pipeline trigger API or at Jenkins, saved as plain
 * JSON files (beside the saved samples) so a team can keep them in git. Secrets are never in these files:
 * they live in the encrypted secret store under `presetSecretName(file, slot)`.
 */

export type KeyValue = [key: string, value: string];

/**
 * How a GitLab trigger call carries token, ref, variables and inputs: multipart form and query string are the
 * documented forms, JSON is accepted too, and `ref-in-url` is the webhook form `/projects/:id/ref/:ref/trigger/pipeline?token=`.
 */
export type GitlabTriggerEncoding = 'form' | 'query' | 'json' | 'ref-in-url';

export interface PresetSchedule {
  /** Five-field cron, like GitLab's nightly example `30 0 * * *`; runs in the machine's time zone. */
  cron: string;
  enabled: boolean;
}

interface PresetBase {
  name: string;
  schedule: PresetSchedule | null;
}

export interface GitlabTriggerPreset extends PresetBase {
  kind: 'gitlab-trigger';
  /** The instance, e.g. https://gitlab.example.com (no /api/v4). */
  baseUrl: string;
  /** A numeric id or a full path (`group/project`), URL-encoded in the call. */
  project: string;
  /** A branch or tag; GitLab refuses a SHA with "Reference not found". */
  ref: string;
  variables: KeyValue[];
  inputs: KeyValue[];
  encoding: GitlabTriggerEncoding;
}

/** The jenkinsci/gitlab-plugin endpoint `/project/FOLDER/JOB`, fed a GitLab webhook as GitLab would send it. */
export interface JenkinsPluginPreset extends PresetBase {
  kind: 'jenkins-gitlab-plugin';
  baseUrl: string;
  /** `JOB` or `FOLDER/…/JOB`. */
  jobPath: string;
  /** `secret-token`: the job's Secret Token as X-Gitlab-Token; `api-token`: USER:APITOKEN@ (global auth). */
  auth: 'secret-token' | 'api-token' | 'none';
  /** Jenkins user for `api-token`. */
  user: string;
  /** The X-Gitlab-Event sent, e.g. `Push Hook`. */
  event: string;
  variant: string | null;
  /** The payload sent; null generates a fresh sample of `event`/`variant` at each send. */
  payload: unknown | null;
}

/** Jenkins core's "Trigger builds remotely": `/job/NAME/build?token=` or `/buildWithParameters?token=&K=V`. */
export interface JenkinsRemoteBuildPreset extends PresetBase {
  kind: 'jenkins-remote-build';
  baseUrl: string;
  /** `NAME` or `FOLDER/…/NAME`, sent as /job/FOLDER/job/NAME. */
  jobPath: string;
  /** Empty: /build; otherwise /buildWithParameters with these as query parameters. */
  parameters: KeyValue[];
  /** Optional Jenkins user, sent with its API token as Basic auth (which also exempts the call from CSRF crumbs). */
  user: string;
}

export type TriggerPreset = GitlabTriggerPreset | JenkinsPluginPreset | JenkinsRemoteBuildPreset;
export type TriggerKind = TriggerPreset['kind'];

/**
 * A preset's secrets: `token` is the GitLab trigger (or CI job) token, the plugin job's Secret Token, or the
 * remote build's authentication token; `apiToken` is a Jenkins user's API token.
 */
export type SecretSlot = 'token' | 'apiToken';
export const SECRET_SLOTS: readonly SecretSlot[] = ['token', 'apiToken'];
export type TriggerSecrets = Partial<Record<SecretSlot, string | null>>;

export const TRIGGER_KINDS: readonly TriggerKind[] = ['gitlab-trigger', 'jenkins-gitlab-plugin', 'jenkins-remote-build'];

export const TRIGGER_KIND_LABELS: Record<TriggerKind, string> = {
  'gitlab-trigger': 'GitLab pipeline trigger',
  'jenkins-gitlab-plugin': 'Jenkins GitLab plugin',
  'jenkins-remote-build': 'Jenkins remote build',
};

/** What the presets list shows; a file that cannot be read is listed with the reason, never hidden. */
export interface TriggerPresetEntry {
  file: string;
  name: string;
  kind: TriggerKind | null;
  schedule: PresetSchedule | null;
  /** Epoch ms of the next scheduled run while the app runs, null when not scheduled. */
  nextRunAt: number | null;
  problem: string | null;
}

/** The exact request a preset makes, as shown before sending. */
export interface TriggerPreview {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  /** The body as text (form bodies shown as their multipart text), empty for none. */
  body: string;
  /** A curl command that makes the same request; secrets masked unless revealed. */
  curl: string;
  /** Known traps, in words (a SHA as ref, a Pipeline Hook at a trigger URL, …). */
  warnings: string[];
}

/** A response explained in the reference's words. */
export interface TriggerExplanation {
  ok: boolean;
  /** One line, e.g. "Pipeline #1234 created on main." */
  summary: string;
  /** What it means and what to do, when there is more to say. */
  detail: string | null;
  /** A link worth opening (the pipeline's web_url, Jenkins' queue item). */
  link: string | null;
}

export function presetSecretName(file: string, slot: SecretSlot): `preset:${string}:${SecretSlot}` {
  return `preset:${file}:${slot}`;
}

/**
 * The fields as the Triggers form labels them, so a refusal names what the user sees ("Job"), not the file's key
 * ("jobPath"). The URL's label depends on the instance: see checked-preset.ts.
 */
export const PRESET_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  kind: 'Kind',
  project: 'Project',
  ref: 'Ref',
  variables: 'Variables',
  inputs: 'Inputs',
  encoding: 'Encoding',
  jobPath: 'Job',
  auth: 'Authentication',
  user: 'Jenkins user',
  event: 'Event',
  variant: 'Variant',
  payload: 'Payload',
  parameters: 'Parameters',
  schedule: 'Schedule',
};
