import { useCallback, useMemo } from 'react';
import type { ContractClient } from '@shared/contract';
import { targetOf, type GitlabVerdict } from '@shared/gitlab-verdict';
import { useClient } from '../../api/use-client';
import { GitlabVerdictLine } from '../../components/GitlabVerdictLine';
import { useApp } from '../../store/use-app';
import { queriedTargetHosts, selectedTarget, targetSearch } from './inbox-targets';
import { useReloaded } from './use-reloaded';

/** A query naming a busy host could match many URLs: the strip says what GitLab would do for the first few. */
const MAX_TARGETS = 3;
const SCANNED_ROWS = 50;

async function verdictsFor(client: ContractClient, hosts: readonly string[], selected: string | null): Promise<GitlabVerdict[]> {
  const targets = new Set<string>(selected ? [selected] : []);
  for (const host of hosts) {
    const { rows } = await client.listDeliveries({ offset: 0, limit: SCANNED_ROWS, search: targetSearch(host) });
    for (const row of rows) targets.add(targetOf(row.url));
  }
  return Promise.all([...targets].slice(0, MAX_TARGETS).map((target) => client.getGitlabVerdict(target)));
}

/** Above the list: what GitLab would conclude about the target the query is filtered to, or the selected delivery's. */
export function TargetVerdicts() {
  const client = useClient();
  const search = useApp((state) => state.inbox.filters.search);
  const selected = useApp((state) => {
    const { delivery } = state.detail;
    return selectedTarget(delivery, delivery ? state.inbox.rows.find((row) => row.id === delivery.id) : undefined);
  });
  const hosts = useMemo(() => queriedTargetHosts(search), [search]);
  const load = useCallback(() => verdictsFor(client, hosts, selected), [client, hosts, selected]);
  const key = JSON.stringify([hosts, selected]);
  const { value: verdicts, error } = useReloaded(load, key, "read GitLab's verdict");
  if (hosts.length === 0 && !selected) return null;
  return (
    <section className="target-verdicts" aria-label="What GitLab would do" data-testid="target-verdicts">
      {verdicts?.map((verdict) => (
        <div key={verdict.target} className="target-verdict">
          <code className="mono target-verdict-url">{verdict.target}</code>
          <GitlabVerdictLine verdict={verdict} testId="inbox-gitlab-verdict" />
        </div>
      ))}
      {verdicts?.length === 0 && <p className="muted">No forwards or sends to {hosts.join(', ')} yet: GitLab's verdict needs a delivery to judge.</p>}
      {error && <p className="body-note body-note-error">{error}</p>}
    </section>
  );
}
