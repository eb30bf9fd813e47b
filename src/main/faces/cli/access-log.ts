/** What `hookbench listen` prints per delivery: an access-log line and the body, like the WEBrick echo. */
import type { DeliveryRow } from '@shared/delivery';
import { statusLabel } from '@shared/delivery';
import { encodeBody } from '../../core/export/body-encoding';

/** One line per delivery, for `--json`: stable field names a script can rely on. */
export function deliveryJsonLine(row: DeliveryRow): string {
  return JSON.stringify({
    id: row.id,
    time: new Date(row.receivedAt).toISOString(),
    method: row.method,
    path: row.url,
    status: row.status,
    event: row.event,
    provider: row.provider,
    size: row.requestSize,
    overLimit: row.overLimit,
    tokenCheck: row.tokenCheck,
    signatureCheck: row.signatureCheck,
  });
}

function bodyText(row: DeliveryRow, body: Uint8Array): string {
  if (row.overLimit) return `(body of ${row.requestSize} bytes is over the limit: answered 413, bytes not kept)`;
  if (body.byteLength === 0) return '(no body)';
  const encoded = encodeBody(body);
  return encoded.encoding === 'base64' ? `(binary body, ${body.byteLength} bytes)` : encoded.text;
}

/**
 * Control characters from the network would reach the terminal as commands (colours, cursor moves,
 * clipboard writes), so they are printed as visible escapes instead; newlines and tabs stay.
 */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are shown as escapes.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function accessLogEntry(row: DeliveryRow, body: Uint8Array): string {
  const event = row.event ? ` ${printable(row.event)}` : '';
  const request = printable(`${row.method} ${row.url}`);
  const line = `[${new Date(row.receivedAt).toISOString()}] #${row.id} "${request}" ${statusLabel(row)} ${row.requestSize} bytes${event}`;
  const text = printable(bodyText(row, body));
  return `${line}\n${text}${text.endsWith('\n') ? '' : '\n'}`;
}
