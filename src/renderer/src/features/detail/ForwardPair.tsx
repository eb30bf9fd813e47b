import { useEffect, useState } from 'react';
import type { GitlabVerdict } from '@shared/gitlab-verdict';
import type { DeliveryDetail, DeliveryRow } from '@shared/delivery';
import { useClient } from '../../api/use-client';
import { formatDuration } from '../../components/format';
import { GitlabVerdictLine } from '../../components/GitlabVerdictLine';
import { StatusChip } from '../../components/StatusChip';
import { describeError } from '../../store/describe-error';
import { useApp } from '../../store/use-app';

/** GitLab's docs ask receivers to answer as fast as possible; after 10 s GitLab gives up. */
const SLOW_MS = 1_000;

/** The forward legs of a capture, and GitLab's verdict on a target: refetched as deliveries come and go. */
function useForwardFacts(detail: DeliveryDetail): { legs: DeliveryRow[]; verdict: GitlabVerdict | null; error: string | null } {
  const client = useClient();
  const deliveryCount = useApp((state) => state.connection.counts.total);
  const [facts, setFacts] = useState<{ legs: DeliveryRow[]; verdict: GitlabVerdict | null; error: string | null }>({ legs: [], verdict: null, error: null });
  useEffect(() => {
    let current = true;
    const load = async () => {
      const legs = detail.origin === 'captured' ? (await client.listDeliveries({ offset: 0, limit: 5, parentId: detail.id, origins: ['forwarded'] })).rows : [];
      const target = detail.origin === 'captured' ? legs[0]?.url : detail.origin === 'forwarded' || detail.origin === 'sample' ? detail.url : undefined;
      const verdict = target ? await client.getGitlabVerdict(target) : null;
      if (current) setFacts({ legs, verdict, error: null });
    };
    load().catch((error: unknown) => current && setFacts({ legs: [], verdict: null, error: describeError("read GitLab's verdict", error) }));
    return () => {
      current = false;
    };
    // The answer's arrival too: a capture shown while its forward was under way gets its leg in the same commit as
    // its answer, and a leg counts for nothing in the folder's total, so the verdict stayed one failure short.
  }, [client, detail.id, detail.origin, detail.url, detail.status, detail.errorKind, deliveryCount]);
  return facts;
}

function SlowNote({ ms, who }: { ms: number | null; who: string }) {
  if (ms === null || ms <= SLOW_MS) return null;
  return (
    <p className="body-note" data-testid="slow-answer">
      {who} answered in {formatDuration(ms)}. GitLab's docs: answer as fast as possible; over 10 s GitLab gives up.
    </p>
  );
}

/** Both legs of a forward with their timings, and what GitLab would conclude about the target, in words. */
export function ForwardPair({ detail }: { detail: DeliveryDetail }) {
  const open = useApp((state) => state.detail.open);
  const { legs, verdict, error } = useForwardFacts(detail);
  const leg = legs[0];
  if (!leg && !verdict && !error) return null;
  return (
    <section className="forward-pair" data-testid="forward-pair" aria-label="Forward">
      {detail.origin === 'captured' && leg && (
        <p>
          GitLab got <StatusChip row={detail} /> in {formatDuration(detail.durationMs)}; the receiver at <code className="mono">{leg.url}</code> said{' '}
          <StatusChip row={leg} /> in {formatDuration(leg.durationMs)}.{' '}
          <button type="button" className="link-button" onClick={() => open(leg.id)}>
            Open the forward leg #{leg.id}
          </button>
        </p>
      )}
      {detail.origin === 'forwarded' && detail.parentId !== null && (
        <p>
          The forward leg of{' '}
          <button type="button" className="link-button" onClick={() => open(detail.parentId as number)}>
            captured delivery #{detail.parentId}
          </button>
          , to the receiver in {formatDuration(detail.durationMs)}.
        </p>
      )}
      <SlowNote ms={leg ? leg.durationMs : detail.origin === 'captured' ? null : detail.durationMs} who="The receiver" />
      {verdict && <GitlabVerdictLine verdict={verdict} />}
      {error && <p className="body-note body-note-error">{error}</p>}
    </section>
  );
}
