/** What `hookbench listen` prints per delivery: an access-log line and the body, like the WEBrick echo. */
import type { DeliveryRow } from '../../shared/delivery';
import { statusLabel } from '../../shared/delivery';
import { encodeBody } from '../core/export/body-encoding';

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

export function accessLogEntry(row: DeliveryRow, body: Uint8Array): string {
  const event = row.event ? ` ${row.event}` : '';
  const line = `[${new Date(row.receivedAt).toISOString()}] #${row.id} "${row.method} ${row.url}" ${statusLabel(row)} ${row.requestSize} bytes${event}`;
  const text = bodyText(row, body);
  return `${line}\n${text}${text.endsWith('\n') ? '' : '\n'}`;
}
