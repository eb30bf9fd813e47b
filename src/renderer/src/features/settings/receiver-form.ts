import type { RawHeaders } from '../../../../shared/delivery';
import type { Settings, SettingsPatch } from '../../../../shared/settings';

const MB = 1024 * 1024;

/** The receiver settings as typed by the user: strings until they are checked. */
export interface ReceiverDraft {
  host: string;
  port: string;
  status: string;
  headers: string;
  body: string;
  delayMs: string;
  bodyLimitMb: string;
}

export type ReceiverErrors = Partial<Record<keyof ReceiverDraft, string>>;

export function receiverDraftFrom(settings: Settings): ReceiverDraft {
  const { receiver } = settings;
  return {
    host: receiver.host,
    port: String(receiver.port),
    status: String(receiver.defaultResponse.status),
    headers: receiver.defaultResponse.headers.map(([name, value]) => `${name}: ${value}`).join('\n'),
    body: receiver.defaultResponse.body,
    delayMs: String(receiver.defaultResponse.delayMs),
    bodyLimitMb: String(Math.round((receiver.bodyLimitBytes / MB) * 100) / 100),
  };
}

function integerIn(text: string, min: number, max: number): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

function parseHeaders(text: string): RawHeaders | null {
  const headers: RawHeaders = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) return null;
    headers.push([name, line.slice(colon + 1).trim()]);
  }
  return headers;
}

/**
 * The checked draft as a patch holding only what changed, so saving the response status does not
 * also pin a port the receiver got from a command-line flag.
 */
export function receiverPatchFrom(
  draft: ReceiverDraft,
  current: Settings['receiver'],
): { patch: SettingsPatch } | { errors: ReceiverErrors } {
  const errors: ReceiverErrors = {};
  const host = draft.host.trim();
  if (!host) errors.host = 'Enter a host, such as 127.0.0.1.';
  const port = integerIn(draft.port, 1, 65535);
  if (port === null) errors.port = 'Enter a port from 1 to 65535.';
  const status = integerIn(draft.status, 100, 599);
  if (status === null) errors.status = 'Enter an HTTP status from 100 to 599.';
  const headers = parseHeaders(draft.headers);
  if (headers === null) errors.headers = 'Write one header per line as "Name: value".';
  const delayMs = integerIn(draft.delayMs, 0, 600_000);
  if (delayMs === null) errors.delayMs = 'Enter a delay in milliseconds, from 0 to 600000.';
  const limitMb = Number(draft.bodyLimitMb.trim());
  if (!(limitMb > 0 && limitMb <= 1024)) errors.bodyLimitMb = 'Enter a limit in MB, above 0 and up to 1024.';
  if (Object.keys(errors).length > 0) return { errors };
  const wanted: Settings['receiver'] = {
    host,
    port: port!,
    bodyLimitBytes: Math.round(limitMb * MB),
    defaultResponse: { status: status!, headers: headers!, body: draft.body, delayMs: delayMs! },
  };
  const changed = Object.entries(wanted).filter(
    ([key, value]) => JSON.stringify(value) !== JSON.stringify(current[key as keyof Settings['receiver']]),
  );
  return { patch: { receiver: Object.fromEntries(changed) } };
}
