import { useState } from 'react';
import type { DeliveryDetail } from '@shared/delivery';
import { Tabs } from '../../components/Tabs';
import { useApp } from '../../store/use-app';
import { CompareWith } from './CompareWith';
import { CopyAs } from './CopyAs';
import { MarkAndDelete } from './MarkAndDelete';
import { UndoDeleteBar } from './UndoDeleteBar';
import { DeliveryActions } from './DeliveryActions';
import { DetailsTab } from './DetailsTab';
import { DetailSummary } from './DetailSummary';
import { JenkinsVerdictNote } from '../../components/JenkinsVerdictNote';
import { RequestTab } from './RequestTab';
import { ResponseTab } from '../../components/delivery-view/ResponseTab';
import { StoredTriggerExplanation } from './StoredTriggerExplanation';
import { ForwardPair } from './ForwardPair';

type DetailTabId = 'request' | 'response' | 'details';

const DETAIL_TABS = [
  { id: 'request', label: 'Request' },
  { id: 'response', label: 'Response' },
  { id: 'details', label: 'Details' },
] as const;

export function DetailPane() {
  return (
    <>
      <UndoDeleteBar />
      <DetailPaneContent />
    </>
  );
}

function DetailPaneContent() {
  const status = useApp((state) => state.detail.detailStatus);
  const detail = useApp((state) => state.detail.delivery);
  const error = useApp((state) => state.detail.detailError);

  if (status === 'none') return <p className="pane-message">Select a delivery to see its request and response.</p>;
  if (status === 'gone') return <p className="pane-message">This delivery was deleted.</p>;
  if (status === 'error') return <p className="pane-message pane-message-error">{error}</p>;
  if (!detail) return <p className="pane-message">Loading…</p>;
  return <DeliveryDetailView detail={detail} />;
}

/** Tokens and credentials are shown masked; the stored bytes are the wire's, and this shows them. */
function RevealSecretsToggle() {
  const reveal = useApp((state) => state.detail.revealSecrets);
  const setReveal = useApp((state) => state.detail.setRevealSecrets);
  return (
    <label className="detail-reveal">
      <input type="checkbox" checked={reveal} onChange={(event) => setReveal(event.target.checked)} /> Show secrets
    </label>
  );
}

function DeliveryDetailView({ detail }: { detail: DeliveryDetail }) {
  // The chosen tab survives moving from one delivery to the next, as in a browser's network panel.
  const [tab, setTab] = useState<DetailTabId>('request');
  return (
    <article className="detail" data-testid="detail" aria-label={`Delivery ${detail.id}`}>
      <DetailSummary detail={detail} />
      <ForwardPair detail={detail} />
      {detail.origin === 'trigger' && <StoredTriggerExplanation detail={detail} />}
      <JenkinsVerdictNote delivery={detail} />
      <DeliveryActions detail={detail} />
      <CopyAs detail={detail} />
      <CompareWith detail={detail} />
      <MarkAndDelete detail={detail} />
      <RevealSecretsToggle />
      <Tabs label="Delivery" className="detail-tabs" tabs={DETAIL_TABS} active={tab} onChange={setTab} />
      {tab === 'request' && <RequestTab detail={detail} />}
      {tab === 'response' && <ResponseTab detail={detail} />}
      {tab === 'details' && <DetailsTab detail={detail} />}
    </article>
  );
}
