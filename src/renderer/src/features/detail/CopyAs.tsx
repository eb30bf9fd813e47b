import { useCallback, useEffect, useState } from 'react';
import { copyAs } from '@shared/copy-as/copy-as';
import { COPY_FORMAT_LABELS, type CopyFormat } from '@shared/copy-as/copy-request';
import type { DeliveryDetail } from '@shared/delivery';
import { keysLabel } from '@shared/key-map';
import { useClient } from '../../api/use-client';
import { errorReason } from '../../store/describe-error';
import { useApp } from '../../store/use-app';
import { useShortcut } from '../../components/use-shortcut';
import { fullUrl } from './full-url';
import './detail-line.css';
import './copy-as.css';

const FORMATS = Object.keys(COPY_FORMAT_LABELS) as CopyFormat[];

/** `copied` is null while the clipboard has not answered yet: the text shows at once, whatever the clipboard does. */
type CopyOutcome = { text: string; copied: boolean | null } | { error: string } | null;

/**
 * Copy as curl, HTTPie, fetch or Python requests, with secrets masked unless Show secrets is on; C copies.
 * The stored request is read again with the same reveal choice, so a masked copy never holds a secret.
 */
export function CopyAs({ detail }: { detail: DeliveryDetail }) {
  const client = useClient();
  const reveal = useApp((state) => state.detail.revealSecrets);
  const [format, setFormat] = useState<CopyFormat>('curl');
  const [outcome, setOutcome] = useState<CopyOutcome>(null);

  const copy = useCallback(async () => {
    try {
      const [stored, body] = await Promise.all([client.getDelivery(detail.id, reveal), client.getBodyBytes(detail.id, 'request', reveal)]);
      if (!stored) throw new Error('this delivery was deleted');
      const bytes = body?.bytes ?? null;
      const text = copyAs(format, { method: stored.method, url: fullUrl(stored), headers: stored.requestHeaders, body: bytes, masked: !reveal });
      setOutcome({ text, copied: null });
      const copied = await navigator.clipboard.writeText(text).then(() => true, () => false);
      setOutcome((shown) => (shown && 'text' in shown && shown.text === text ? { text, copied } : shown));
    } catch (error) {
      setOutcome({ error: `Not copied: ${errorReason(error)}` });
    }
  }, [client, detail.id, reveal, format]);

  useEffect(() => setOutcome(null), [detail.id]);
  useShortcut('copyAs', copy);

  return (
    <div className="detail-line copy-as" data-testid="copy-as">
      <label>
        Copy as{' '}
        <select aria-label="Copy as" value={format} onChange={(event) => setFormat(event.target.value as CopyFormat)}>
          {FORMATS.map((choice) => (
            <option key={choice} value={choice}>
              {COPY_FORMAT_LABELS[choice]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button-small" title={`Copy this request as ${COPY_FORMAT_LABELS[format]}  (${keysLabel('copyAs')})`} onClick={() => void copy()}>
        Copy
      </button>
      {outcome && 'error' in outcome && (
        <p className="body-note body-note-error" role="alert">
          {outcome.error}
        </p>
      )}
      {outcome && 'text' in outcome && (
        <>
          <p className="body-note" role="status">
            {outcome.copied === null
              ? `Copying as ${COPY_FORMAT_LABELS[format]}…`
              : outcome.copied
                ? `Copied as ${COPY_FORMAT_LABELS[format]}`
                : 'The clipboard refused it: select the text below and copy it'}
            {reveal ? '.' : ', secrets masked: it will not authenticate (turn on Show secrets for a working copy).'}
          </p>
          <pre className="copy-as-text" data-testid="copy-as-text">
            {outcome.text}
          </pre>
        </>
      )}
    </div>
  );
}
