/** `hookbench trigger gitlab|jenkins`: a trigger preset built from flags, previewed as curl, sent, stored and explained. */
import type { TriggerRequest } from '@shared/contract';
import { statusLabel, type DeliveryRow } from '@shared/delivery';
import type { GitlabTriggerEncoding, KeyValue, TriggerExplanation, TriggerSecrets } from '@shared/trigger-preset';
import { UserError } from '@shared/user-error';
import { parseTriggerArgs, UsageError } from './options';
import type { TokenFlag } from './token-flags';
import { readPayloadFile, sampleEvent } from './payload-file';

type Env = Record<string, string | undefined>;

export interface TriggerInvocation {
  request: TriggerRequest;
  dataDir: string | undefined;
}

function keyValues(flag: string, values: string[] | undefined): KeyValue[] {
  return (values ?? []).map((entry) => {
    const split = entry.indexOf('=');
    if (split <= 0) throw new UsageError(`--${flag} takes KEY=VALUE, not "${entry}".`);
    return [entry.slice(0, split), entry.slice(split + 1)];
  });
}

function required(target: string, flags: Record<string, unknown>, names: string[]): void {
  const missing = names.filter((name) => !flags[name]);
  if (missing.length > 0) throw new UsageError(`hookbench trigger ${target} needs ${missing.map((name) => `--${name}`).join(', ')}.`);
}

function encodingOf(flags: { encoding?: string; 'ref-in-url'?: boolean }): GitlabTriggerEncoding {
  if (flags['ref-in-url']) {
    if (flags.encoding) throw new UsageError('--ref-in-url is an encoding of its own: leave out --encoding.');
    return 'ref-in-url';
  }
  const encoding = flags.encoding ?? 'form';
  if (encoding !== 'form' && encoding !== 'query' && encoding !== 'json') throw new UsageError(`--encoding takes form, query or json, not "${encoding}".`);
  return encoding;
}

function gitlabInvocation(args: string[], env: Env): TriggerInvocation {
  const { flags } = parseTriggerArgs('gitlab', args, env);
  required('gitlab', flags, ['url', 'project', 'ref']);
  const preset = {
    kind: 'gitlab-trigger', name: 'terminal', schedule: null, baseUrl: flags.url!, project: flags.project!, ref: flags.ref!,
    variables: keyValues('var', flags.var), inputs: keyValues('input', flags.input), encoding: encodingOf(flags),
  } as const;
  return { request: { preset, secrets: { token: flags.token }, ...tls(flags) }, dataDir: flags['data-dir'] };
}

const tls = (flags: { insecure?: boolean }) => (flags.insecure ? { verifyTls: false } : {});

/** `--file` for the plugin: the file's bytes unchanged, or a saved sample's payload and event. */
function pluginPayload(file: string | undefined, named: string | undefined): { event: string | undefined; payloadBase64?: string } {
  if (!file) return { event: named };
  const { sample, bytes } = readPayloadFile(file);
  if (sample && sample.headers.length > 0) {
    const names = sample.headers.map(([name]) => name).join(', ');
    throw new UserError(`${file} adds headers (${names}) that a plugin call does not carry: send it with hookbench send --to JENKINS/project/JOB --file ${file}.`);
  }
  return { event: sample ? sampleEvent(sample, named, file) : named, payloadBase64: bytes.toString('base64') };
}

function jenkinsInvocation(args: string[], env: Env): TriggerInvocation {
  const { flags, fromEnvironment } = parseTriggerArgs('jenkins', args, env);
  required('jenkins', flags, ['url', 'job']);
  // Only flags choose between the plugin and a remote build: both tokens may be waiting in the environment.
  const given = (name: string) => flags[name as keyof typeof flags] !== undefined && !fromEnvironment.has(name as TokenFlag);
  const forPlugin = ['event', 'secret-token', 'variant', 'file'].filter(given);
  const forRemote = ['build-token', 'param'].filter(given);
  if (forPlugin.length > 0 && forRemote.length > 0) {
    throw new UsageError(`Choose the GitLab plugin (--event, --secret-token) or a remote build (--build-token, --param): not --${forPlugin[0]} with --${forRemote[0]}.`);
  }
  if (given('api-token') && !flags.user) throw new UsageError('--api-token goes with --user, the Jenkins user it belongs to.');
  const secrets: TriggerSecrets = {
    token: forPlugin.length > 0 ? flags['secret-token'] : flags['build-token'],
    apiToken: flags.user ? flags['api-token'] : undefined,
  };
  const common = { name: 'terminal', schedule: null, baseUrl: flags.url!, jobPath: flags.job!, user: flags.user ?? '' };
  if (forPlugin.length === 0) {
    return { request: { preset: { kind: 'jenkins-remote-build', ...common, parameters: keyValues('param', flags.param) }, secrets, ...tls(flags) }, dataDir: flags['data-dir'] };
  }
  if (flags.file && flags.variant) throw new UsageError('Choose --file or --variant, not both.');
  const { event, payloadBase64 } = pluginPayload(flags.file, flags.event);
  if (!event) throw new UsageError('Name the X-Gitlab-Event to send to the GitLab plugin with --event, e.g. --event "Push Hook".');
  const preset = {
    kind: 'jenkins-gitlab-plugin', ...common, event, variant: flags.variant ?? null, payload: null,
    // A user means Basic auth with the API token; otherwise the job's Secret token, when there is one.
    auth: flags.user ? 'api-token' : secrets.token ? 'secret-token' : 'none',
  } as const;
  return { request: { preset, secrets, ...tls(flags), ...(payloadBase64 !== undefined && { payloadBase64 }) }, dataDir: flags['data-dir'] };
}

/** The request the flags describe; tokens not given as flags come from the environment. */
export function triggerInvocation(args: string[], env: Env): TriggerInvocation {
  const [target, ...rest] = args;
  if (target === 'gitlab') return gitlabInvocation(rest, env);
  if (target === 'jenkins') return jenkinsInvocation(rest, env);
  throw new UsageError('hookbench trigger takes gitlab or jenkins first, e.g. hookbench trigger gitlab --url https://gitlab.example.com ….');
}

/** The status line and the explanation, and the exit code: 0 only when the trigger did what it was for. */
export function triggerOutcome(row: DeliveryRow, explanation: TriggerExplanation): { text: string; code: number } {
  const time = row.durationMs === null ? '' : ` in ${Math.round(row.durationMs)} ms`;
  const lines = [
    `${statusLabel(row)}${time} — ${row.method} ${row.url} (delivery #${row.id})`,
    explanation.summary,
    ...(explanation.detail ? [explanation.detail] : []),
    ...(explanation.link ? [explanation.link] : []),
  ];
  return { text: `${lines.join('\n')}\n`, code: explanation.ok ? 0 : 1 };
}
