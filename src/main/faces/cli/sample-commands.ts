/** `hookbench samples | sample | send`: GitLab payloads from the terminal, generated or from a file. */
import { statusLabel, type DeliveryRow, type RawHeaders } from '@shared/delivery';
import { GITLAB_EVENTS } from '@shared/gitlab-catalogue';
import type { AppCore } from '../../core/app-core';
import { UserError } from '@shared/user-error';
import { generateSample, sampleText } from '../../core/samples';
import { triggerKindOfUrl } from '@shared/trigger-explain';
import { triggerWarnings } from '@shared/trigger-warnings';
import { parseEventCommand, parseSendCommand } from './options';
import { readPayloadFile, sampleEvent, samplePayloadBytes } from './payload-file';

export function listSampleEvents(): string {
  return GITLAB_EVENTS.map(
    (event) => `${event.header.padEnd(30)} ${event.group.padEnd(16)} ${event.variants.map((v) => v.id).join(', ')}\n`,
  ).join('');
}

/** Generating touches no data dir: the payload goes to standard output, nothing is stored. */
export function printSample(args: string[]): string {
  const { flags, event } = parseEventCommand('sample', args);
  return sampleText(generateSample(event, flags.variant).payload);
}

function sendSummary(row: DeliveryRow, errorMessage: string | null): string {
  const time = row.durationMs === null ? '' : ` in ${Math.round(row.durationMs)} ms`;
  const cause = errorMessage ? `: ${errorMessage}` : '';
  return `${statusLabel(row)}${time} — ${row.event ?? row.method} to ${row.url} (delivery #${row.id})${cause}\n`;
}

function outcome(row: DeliveryRow, errorMessage: string | null): { summary: string; code: number } {
  const ok = row.status !== null && row.status >= 200 && row.status <= 299;
  return { summary: sendSummary(row, errorMessage), code: ok ? 0 : 1 };
}

async function errorMessageOf(core: AppCore, row: DeliveryRow): Promise<string | null> {
  return row.errorKind ? ((await core.handlers.getDelivery(row.id))?.errorMessage ?? null) : null;
}

export async function replayDelivery(core: AppCore, args: string[]): Promise<{ summary: string; code: number }> {
  const { flags, event: idText } = parseEventCommand('replay', args);
  if (!/^\d+$/.test(idText)) throw new UserError(`"${idText}" is not a delivery id: see the # numbers that listen prints.`);
  const original = await core.handlers.getDelivery(Number(idText));
  const signed = original?.requestHeaders.some(([name]) => name.toLowerCase() === 'webhook-signature') ?? false;
  // The signature covers webhook-id and webhook-timestamp: kept as it was, it fails a receiver's check after 5 minutes.
  const warning = signed && !flags['signing-token']
    ? 'Warning: the original webhook-signature is sent as it was; it will not verify with a new id or after 5 minutes. Pass --signing-token to re-sign.\n'
    : '';
  const row = await core.handlers.replayDelivery({
    id: Number(idText),
    to: flags.to,
    keepIdempotencyKey: !flags['new-id'],
    signingToken: flags['signing-token'],
    ...(flags.insecure && { verifyTls: false }),
  });
  const { summary, code } = outcome(row, await errorMessageOf(core, row));
  return { summary: warning + summary, code };
}

interface Outgoing {
  event: string;
  payload: Buffer;
  headers?: RawHeaders;
}

/** A saved sample from the samples folder, by its name or its file name. */
async function savedSample(core: AppCore, name: string, named: string | undefined): Promise<Outgoing> {
  const { folder, entries } = await core.handlers.listSavedSamples();
  const entry = entries.find((e) => e.name === name || e.file === name || e.file === `${name}.json`);
  if (!entry) {
    const known = entries.filter((e) => !e.problem).map((e) => e.name);
    throw new UserError(`There is no saved sample "${name}" in ${folder}${known.length ? `; there are: ${known.join(', ')}` : ''}.`);
  }
  if (entry.problem) throw new UserError(`The saved sample ${entry.file} cannot be read: ${entry.problem}`);
  const sample = await core.handlers.readSavedSample(entry.file);
  return { event: sampleEvent(sample, named, `Sample "${name}"`), payload: samplePayloadBytes(sample), headers: sample.headers };
}

/** What --file, --sample or a generated sample makes: a file's bytes go unchanged, a sample brings its event and headers. */
async function outgoing(core: AppCore, flags: { file?: string; sample?: string; variant?: string }, named: string | undefined): Promise<Outgoing> {
  const sources = (['file', 'sample', 'variant'] as const).filter((source) => flags[source] !== undefined);
  if (sources.length > 1) throw new UserError(`Choose one of --file, --sample and --variant, not --${sources[0]} with --${sources[1]}.`);
  if (flags.sample) return savedSample(core, flags.sample, named);
  if (flags.file) {
    const { sample, bytes } = readPayloadFile(flags.file);
    if (sample) return { event: sampleEvent(sample, named, flags.file), payload: bytes, headers: sample.headers };
    if (named === undefined) throw new UserError(`Name the event to send ${flags.file} as, e.g. hookbench send "Push Hook" --file ${flags.file}.`);
    return { event: named, payload: bytes };
  }
  const event = named!;
  return { event, payload: Buffer.from((await core.handlers.generateSample({ event, variant: flags.variant })).payload, 'utf8') };
}

/** Sends and resolves with the summary line and the exit code: 0 only for a 2xx answer. */
export async function sendSample(core: AppCore, args: string[]): Promise<{ summary: string; code: number }> {
  const { flags, event: named } = parseSendCommand(args);
  if (!flags.to) throw new UserError('hookbench send needs --to URL, the receiver to send to.');
  const { event, payload, headers } = await outgoing(core, flags, named);
  // A webhook aimed at a trigger URL meets the trigger's traps (GitLab refuses a Pipeline Hook there with 403).
  const aimedAtTrigger = triggerKindOfUrl(flags.to) === 'gitlab-trigger';
  const warnings = (aimedAtTrigger ? triggerWarnings({ method: 'POST', url: flags.to, headers: [['X-Gitlab-Event', event]], body: payload.toString('utf8') }) : [])
    .map((warning) => `Warning: ${warning}\n`)
    .join('');
  const row = await core.handlers.sendSample({
    to: flags.to,
    event,
    payloadBase64: payload.toString('base64'),
    headers,
    secretToken: flags['secret-token'],
    signingToken: flags['signing-token'],
    ...(flags.insecure && { verifyTls: false }),
  });
  const { summary, code } = outcome(row, await errorMessageOf(core, row));
  return { summary: warnings + summary, code };
}
