import type { DeliveryDetail } from '@shared/delivery';
import { explainTriggerFailure, explainTriggerResponse, triggerKindOfUrl } from '@shared/trigger-explain';
import { TriggerExplanationNote } from '../../components/TriggerExplanationNote';
import { copyText } from '../../components/delivery-view/body-render';
import { useBody } from '../../components/delivery-view/use-body';

/** A trigger call in the Inbox says what its answer meant, as the Triggers screen did when it was sent. */
export function StoredTriggerExplanation({ detail }: { detail: DeliveryDetail }) {
  const { state: body } = useBody(detail.id, 'response', null);
  const kind = triggerKindOfUrl(detail.url);
  if (!kind) return null;
  if (detail.errorKind) {
    return <TriggerExplanationNote explanation={explainTriggerFailure(kind, detail.errorKind, detail.errorMessage ?? '')} />;
  }
  if (detail.status === null || body.status === 'loading' || body.status === 'error') return null;
  if (body.status === 'shown' && !body.complete) return null;
  const text = body.status === 'shown' && !body.body.binary ? copyText(body.body) : '';
  return <TriggerExplanationNote explanation={explainTriggerResponse(kind, detail.status, detail.responseHeaders ?? [], text)} />;
}
