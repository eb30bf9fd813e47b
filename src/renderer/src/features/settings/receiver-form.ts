import type { RawHeaders } from '@shared/delivery';
import type { Settings, SettingsPatch } from '@shared/settings';

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
  return draftFromReceiver(settings.receiver);
}

function draftFromReceiver(receiver: Settings['receiver']): ReceiverDraft {
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

/** What the core accepts in a header value: tab and the octets 0x20–0x7E and 0x80–0xFF (RFC 9110 field-value). */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** The headers typed one per line, or the reason in words why they cannot be sent. */
function parseHeaders(text: string): RawHeaders | string {
  const headers: RawHeaders = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (colon <= 0 || !HEADER_NAME.test(name)) return 'Write one header per line as "Name: value".';
    const value = line.slice(colon + 1).trim();
    if (!HEADER_VALUE.test(value)) {
      const bad = [...value].find((char) => !HEADER_VALUE.test(char)) ?? '';
      const shown = /\p{Cc}/u.test(bad) ? `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : bad;
      return `The value of ${name} contains ${shown}, which a header cannot carry: use printable ASCII or Latin-1 characters (U+0080–U+00FF).`;
    }
    headers.push([name, value]);
  }
  return headers;
}

type Checked<T> = { value: T } | { error: string };

function checkedInteger(text: string, min: number, max: number, error: string): Checked<number> {
  const value = integerIn(text, min, max);
  return value === null ? { error } : { value };
}

/**
 * The draft as a patch holding only what the user changed, so saving the response status does not also
 * pin a port the receiver got from a command-line flag; fields left as they were are not checked either.
 */
export function receiverPatchFrom(
  draft: ReceiverDraft,
  current: Settings['receiver'],
): { patch: SettingsPatch } | { errors: ReceiverErrors } {
  const before = draftFromReceiver(current);
  const errors: ReceiverErrors = {};
  // Each changed field is checked; an unchanged one keeps the current value exactly.
  function field<T>(key: keyof ReceiverDraft, kept: T, check: (text: string) => Checked<NoInfer<T>>): T {
    if (draft[key] === before[key]) return kept;
    const result = check(draft[key]);
    if ('error' in result) {
      errors[key] = result.error;
      return kept;
    }
    return result.value;
  }

  const host = field('host', current.host, (text) =>
    text.trim() ? { value: text.trim() } : { error: 'Enter a host, such as 127.0.0.1.' },
  );
  const port = field('port', current.port, (text) =>
    checkedInteger(text, 0, 65535, 'Enter a port from 0 to 65535 (0 picks a free port).'),
  );
  const { defaultResponse } = current;
  const status = field('status', defaultResponse.status, (text) =>
    checkedInteger(text, 100, 599, 'Enter an HTTP status from 100 to 599.'),
  );
  const headers = field('headers', defaultResponse.headers, (text) => {
    const parsed = parseHeaders(text);
    return typeof parsed === 'string' ? { error: parsed } : { value: parsed };
  });
  const body = field('body', defaultResponse.body, (text) => ({ value: text }));
  const delayMs = field('delayMs', defaultResponse.delayMs, (text) =>
    checkedInteger(text, 0, 60_000, 'Enter a delay in milliseconds, from 0 to 60000.'),
  );
  const bodyLimitBytes = field('bodyLimitMb', current.bodyLimitBytes, (text) => {
    const limitMb = Number(text.trim());
    return limitMb > 0 && limitMb <= 1024
      ? { value: Math.round(limitMb * MB) }
      : { error: 'Enter a limit in MB, above 0 and up to 1024.' };
  });
  if (Object.keys(errors).length > 0) return { errors };
  const wanted: Settings['receiver'] = {
    host,
    port,
    bodyLimitBytes,
    defaultResponse: { status, headers, body, delayMs },
    // Saved by its own switch, at once, beside the tokens it acts on.
    rejectInvalid: current.rejectInvalid,
  };
  const changed = Object.entries(wanted).filter(
    ([key, value]) => JSON.stringify(value) !== JSON.stringify(current[key as keyof Settings['receiver']]),
  );
  return { patch: { receiver: Object.fromEntries(changed) } };
}
