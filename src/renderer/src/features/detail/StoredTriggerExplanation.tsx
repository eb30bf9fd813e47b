import type { DeliveryDetail } from '@shared/delivery';
import { explainTriggerFailure, explainTriggerResponse, triggerKindOfUrl } from '@shared/trigger-explain';
import { TriggerExplanationNote } from '../../components/TriggerExplanationNote';
import { useBody } from '../../components/delivery-view/use-body';

const utf8 = new TextDecoder();

/** A trigger call in the Inbox says what its answer meant, as the Triggers screen did when it was sent. */
export function StoredTriggerExplanation({ detail }: { detail: DeliveryDetail }) {
  const body = useBody(detail.id, 'response');
  const kind = triggerKindOfUrl(detail.url);
  if (!kind) return null;
  if (detail.errorKind) {
    return <TriggerExplanationNote explanation={explainTriggerFailure(kind, detail.errorKind, detail.errorMessage ?? '')} />;
  }
  if (detail.status === null || body.status === 'loading' || body.status === 'error') return null;
  const text = body.status === 'ready' ? utf8.decode(body.bytes) : '';
  return <TriggerExplanationNote explanation={explainTriggerResponse(kind, detail.status, detail.responseHeaders ?? [], text)} />;
}
