/** `hookbench samples | sample | send`: GitLab payloads from the terminal, generated or from a file. */
import { readFileSync } from 'node:fs';
import { statusLabel, type DeliveryRow } from '@shared/delivery';
import { GITLAB_EVENTS } from '@shared/gitlab-catalogue';
import type { AppCore } from '../../core/app-core';
import { UserError } from '@shared/user-error';
import { generateSample, sampleText } from '../../core/samples';
import { parseEventCommand } from './options';

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

function readPayload(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`Could not read ${file}: ${(error as Error).message}`);
  }
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

async function errorMessageOf(core: AppCore, row: DeliveryRow): Promise<string | null> {
  return row.errorKind ? ((await core.handlers.getDelivery(row.id))?.errorMessage ?? null) : null;
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
  const { warnings } = await core.handlers.previewReplay(request);
  const row = await core.handlers.replayDelivery(request);
  const { summary, code } = outcome(row, await errorMessageOf(core, row));
  return { summary: warningLines(warnings) + summary, code };
}

/** Sends and resolves with the summary line and the exit code: 0 only for a 2xx answer. */
export async function sendSample(core: AppCore, args: string[]): Promise<{ summary: string; code: number }> {
  const { flags, event } = parseEventCommand('send', args);
  if (!flags.to) throw new UserError('hookbench send needs --to URL, the receiver to send to.');
  if (flags.file && flags.variant) throw new UserError('Choose --file or --variant, not both.');
  const payload = flags.file ? readPayload(flags.file) : (await core.handlers.generateSample({ event, variant: flags.variant })).payload;
  const request = {
    to: flags.to,
    event,
    payload,
    // A generated sample goes as GitLab's compact bytes; a file's text goes exactly as it is.
    serialization: flags.file ? ('as-typed' as const) : ('gitlab' as const),
    secretToken: flags['secret-token'],
    signingToken: flags['signing-token'],
    ...(flags.insecure && { verifyTls: false }),
  };
  const { warnings } = await core.handlers.previewSampleHeaders(request);
  const row = await core.handlers.sendSample(request);
  const { summary, code } = outcome(row, await errorMessageOf(core, row));
  return { summary: warningLines(warnings) + summary, code };
}
