import type { DeliveryDetail } from '@shared/delivery';
import { verdictInHeaders } from '@shared/jenkins-verdict-header';
import './answer-note.css';

/**
 * What the Jenkins GitLab plugin would have done, as Hookbench's Jenkins mock said in its answer: in the detail
 * of a call to the mock, and under Compose after a send to it. Nothing for any other answer.
 */
export function JenkinsVerdictNote({ delivery }: { delivery: Pick<DeliveryDetail, 'status' | 'responseHeaders'> }) {
  const verdict = verdictInHeaders(delivery.responseHeaders);
  if (verdict === null || delivery.status === null) return null;
  const ok = delivery.status >= 200 && delivery.status <= 299;
  return (
    <div className={ok ? 'answer-note' : 'answer-note answer-note-failed'} data-testid="jenkins-verdict" role="note">
      <strong>Jenkins plugin (mock): {delivery.status}</strong> {verdict}
    </div>
  );
}
