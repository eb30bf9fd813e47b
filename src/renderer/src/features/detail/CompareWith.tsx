import { useEffect, useState } from 'react';
import type { DeliveryDetail } from '@shared/delivery';
import { useClient } from '../../api/use-client';
import { errorReason } from '../../store/describe-error';
import { useApp } from '../../store/use-app';
import { DeliveryDiff } from './DeliveryDiff';
import { earlierDelivery, SCANNED_LIMIT, type CompareBasis } from './earlier-delivery';
import './detail-line.css';
import './compare.css';

/** Compare this delivery with the previous one of its event or path, or with any delivery by its number. */
export function CompareWith({ detail }: { detail: DeliveryDetail }) {
  const client = useClient();
  const [other, setOther] = useState<number | null>(null);
  const [typed, setTyped] = useState('');
  const [note, setNote] = useState<string | null>(null);
  // Two rows picked in the list open the newer one with its diff against the older.
  const picked = useApp((state) => state.detail.comparePair);
  const forgetPicked = useApp((state) => state.detail.forgetComparePair);
  useEffect(() => {
    setOther(null);
    setNote(null);
  }, [detail.id]);
  useEffect(() => {
    if (picked?.newer !== detail.id) return;
    setOther(picked.older);
    forgetPicked();
  }, [detail.id, picked, forgetPicked]);

  async function compareWithEarlier(basis: CompareBasis) {
    setNote(null);
    try {
      const found = await earlierDelivery(client, detail, basis);
      if (found === null) setNote(`No earlier delivery of this ${basis} among the newest ${SCANNED_LIMIT}.`);
      else setOther(found);
    } catch (error) {
      setNote(`Cannot compare: ${errorReason(error)}`);
    }
  }

  const typedId = Number(typed.replace(/^#/, ''));
  return (
    <div className="detail-line compare-with" data-testid="compare-with">
      <span>Compare with</span>
      <button type="button" className="button button-small" disabled={!detail.event} onClick={() => void compareWithEarlier('event')}>
        Previous of this event
      </button>
      <button type="button" className="button button-small" onClick={() => void compareWithEarlier('path')}>
        Previous of this path
      </button>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (Number.isSafeInteger(typedId) && typedId > 0) setOther(typedId);
        }}
      >
        <input type="text" aria-label="Compare with delivery number" placeholder="#12" size={6} value={typed} onChange={(event) => setTyped(event.target.value)} />
      </form>
      {note && <p className="body-note">{note}</p>}
      {other !== null && (
        <DeliveryDiff older={Math.min(other, detail.id)} newer={Math.max(other, detail.id)} onClose={() => setOther(null)} />
      )}
    </div>
  );
}
