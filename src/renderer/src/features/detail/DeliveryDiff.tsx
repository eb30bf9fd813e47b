import { Suspense, useEffect, useState } from 'react';
import type { BodyPart } from '@shared/delivery';
import { deliveryDiffText, type DeliveryDiffText } from '@shared/diff/delivery-text';
import { matchesKey } from '@shared/key-map';
import { useClient } from '../../api/use-client';
import { retryableLazy } from '../../components/retryable-lazy';
import { Tabs } from '../../components/Tabs';
import { errorReason } from '../../store/describe-error';
import { useApp } from '../../store/use-app';

const DiffView = retryableLazy(() => import('../../monaco/DiffView').then((module) => module.DiffView));

const PARTS = [
  { id: 'request', label: 'Request' },
  { id: 'response', label: 'Response' },
] as const;

type Loaded = { texts: [DeliveryDiffText, DeliveryDiffText] } | { error: string } | null;

/** Delivery `older` (left) against `newer` (right) in a Monaco diff editor, with the CLI's two switches. */
export function DeliveryDiff({ older, newer, onClose }: { older: number; newer: number; onClose: () => void }) {
  const client = useClient();
  const reveal = useApp((state) => state.detail.revealSecrets);
  const [raw, setRaw] = useState(false);
  const [ignoreVolatile, setIgnoreVolatile] = useState(false);
  const [part, setPart] = useState<BodyPart>('request');
  const [loaded, setLoaded] = useState<Loaded>(null);

  useEffect(() => {
    let current = true;
    const load = async (id: number) => {
      const [detail, request, response] = await Promise.all([
        client.getDelivery(id, reveal), client.getBodyBytes(id, 'request', reveal), client.getBodyBytes(id, 'response', reveal),
      ]);
      if (!detail) throw new Error(`delivery ${id} was deleted`);
      return deliveryDiffText(detail, { request: request?.bytes ?? null, response: response?.bytes ?? null }, { raw, ignoreVolatile });
    };
    Promise.all([load(older), load(newer)]).then(
      (texts) => current && setLoaded({ texts }),
      (error: unknown) => current && setLoaded({ error: `Cannot compare: ${errorReason(error)}` }),
    );
    return () => {
      current = false;
    };
  }, [client, older, newer, reveal, raw, ignoreVolatile]);

  return (
    <div className="delivery-diff" role="dialog" aria-label={`Compare delivery ${older} with ${newer}`} onKeyDown={(event) => matchesKey('dismiss', event) && onClose()}>
      <div className="delivery-diff-bar">
        <strong>
          #{older} → #{newer}
        </strong>
        <Tabs label="Compared part" tabs={PARTS} active={part} onChange={setPart} />
        <label className="checkbox">
          <input type="checkbox" checked={raw} onChange={(event) => setRaw(event.target.checked)} /> Raw bytes
        </label>
        <label className="checkbox" title="Dates, UUIDs, ids, signatures and timestamps differ on every delivery">
          <input type="checkbox" checked={ignoreVolatile} onChange={(event) => setIgnoreVolatile(event.target.checked)} /> Hide volatile headers
        </label>
        <button type="button" className="button button-small" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      {loaded === null && <p className="pane-message">Loading…</p>}
      {loaded && 'error' in loaded && (
        <p className="pane-message pane-message-error" role="alert">
          {loaded.error}
        </p>
      )}
      {loaded && 'texts' in loaded && (
        <Suspense fallback={<p className="pane-message">Loading the editor…</p>}>
          <DiffView original={loaded.texts[0][part]} modified={loaded.texts[1][part]} />
        </Suspense>
      )}
    </div>
  );
}
