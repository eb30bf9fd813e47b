/** `hookbench samples | sample | send`: GitLab payloads from the terminal, generated or from a file. */
import type { SendSampleRequest } from '@shared/contract';
import { statusLabel, type DeliveryDetail, type DeliveryRow, type RawHeaders } from '@shared/delivery';
import type { SavedSample } from '@shared/saved-sample';
import { GITLAB_EVENTS } from '@shared/gitlab-catalogue';
import type { AppCore } from '../../core/app-core';
import { UserError } from '@shared/user-error';
import { generateSample, sampleText } from '../../core/samples';
import { parseEventCommand, parseSendCommand } from './options';
import { readPayloadFile, sampleEvent } from './payload-file';

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

/** The core's warnings for the send or replay, one `Warning:` line each, above the summary. */
function warningLines(warnings: string[]): string {
  return warnings.map((warning) => `Warning: ${warning}\n`).join('');
}

/** The core's warnings for the request first, then it is sent: its summary line and exit code, warnings above. */
async function sentWithWarnings(
  preview: Promise<{ warnings: string[] }> | { warnings: string[] },
  send: () => Promise<DeliveryDetail> | DeliveryDetail,
): Promise<{ summary: string; code: number }> {
  const { warnings } = await preview;
  const delivery = await send();
  const { summary, code } = outcome(delivery, delivery.errorMessage);
  return { summary: warningLines(warnings) + summary, code };
}

export async function replayDelivery(core: AppCore, args: string[]): Promise<{ summary: string; code: number }> {
  const { flags, event: idText } = parseEventCommand('replay', args);
  if (!/^\d+$/.test(idText)) throw new UserError(`"${idText}" is not a delivery id: see the # numbers that listen prints.`);
  const request = {
    id: Number(idText),
    to: flags.to,
    keepIdempotencyKey: !flags['new-id'],
    signingToken: flags['signing-token'],
    ...(flags.insecure && { verifyTls: false }),
  };
  return sentWithWarnings(core.handlers.previewReplay(request), () => core.handlers.replayDelivery(request));
}

/** What a send carries: bytes exactly as given, or a sample's JSON to go out as GitLab's compact bytes. */
type OutgoingBody = Pick<SendSampleRequest, 'payload' | 'payloadBase64' | 'serialization'>;

interface Outgoing {
  event: string;
  body: OutgoingBody;
  headers?: RawHeaders;
}

/** A saved sample's payload: text it keeps goes as it is; JSON goes as GitLab sends it. */
function sampleBody(sample: SavedSample): OutgoingBody {
  return typeof sample.payload === 'string'
    ? { payloadBase64: Buffer.from(sample.payload, 'utf8').toString('base64') }
    : { payload: sampleText(sample.payload), serialization: 'gitlab' };
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
  return { event: sampleEvent(sample, named, `Sample "${name}"`), body: sampleBody(sample), headers: sample.headers };
}

/** What --file, --sample or a generated sample makes: a file's bytes go unchanged, a sample brings its event and headers. */
async function outgoing(core: AppCore, flags: { file?: string; sample?: string; variant?: string }, named: string | undefined): Promise<Outgoing> {
  const sources = (['file', 'sample', 'variant'] as const).filter((source) => flags[source] !== undefined);
  if (sources.length > 1) throw new UserError(`Choose one of --file, --sample and --variant, not --${sources[0]} with --${sources[1]}.`);
  if (flags.sample) return savedSample(core, flags.sample, named);
  if (flags.file) {
    const { sample, bytes } = readPayloadFile(flags.file);
    if (sample) return { event: sampleEvent(sample, named, flags.file), body: sampleBody(sample), headers: sample.headers };
    if (named === undefined) throw new UserError(`Name the event to send ${flags.file} as, e.g. hookbench send "Push Hook" --file ${flags.file}.`);
    return { event: named, body: { payloadBase64: bytes.toString('base64') } };
  }
  const event = named!;
  const { payload } = await core.handlers.generateSample({ event, variant: flags.variant });
  return { event, body: { payload, serialization: 'gitlab' } };
}

/** Sends and resolves with the summary line and the exit code: 0 only for a 2xx answer. */
export async function sendSample(core: AppCore, args: string[]): Promise<{ summary: string; code: number }> {
  const { flags, event: named } = parseSendCommand(args);
  if (!flags.to) throw new UserError('hookbench send needs --to URL, the receiver to send to.');
  const { event, body, headers } = await outgoing(core, flags, named);
  const request: SendSampleRequest = {
    to: flags.to,
    event,
    ...body,
    headers,
    secretToken: flags['secret-token'],
    signingToken: flags['signing-token'],
    ...(flags.insecure && { verifyTls: false }),
  };
  return sentWithWarnings(core.handlers.previewSampleHeaders(request), () => core.handlers.sendSample(request));
}
