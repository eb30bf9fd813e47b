/** The targets the inbox is looking at: the hosts its `target:` terms name, and the selected delivery's target. */
import type { DeliveryDetail, DeliveryRow } from '@shared/delivery';
import { targetOf } from '@shared/gitlab-verdict';
import { parseQuery } from '@shared/query/parse-query';

/** The hosts (and ports) of the query's `target:` terms; none for a query that does not parse. */
export function queriedTargetHosts(search: string): string[] {
  try {
    const terms = parseQuery(search).groups.flat();
    return [...new Set(terms.flatMap((term) => (term.kind === 'target' && !term.negated ? [term.host] : [])))];
  } catch {
    return [];
  }
}

/** The selected delivery's target: its own URL for a forward leg or a send, its leg's for a forwarded capture. */
export function selectedTarget(delivery: DeliveryDetail | null, row: DeliveryRow | undefined): string | null {
  if (!delivery) return null;
  if (delivery.origin === 'forwarded' || delivery.origin === 'sample') return targetOf(delivery.url);
  return row?.forwardLeg ? targetOf(row.forwardLeg.url) : null;
}

/** The search that lists a host's forwards and sends, the deliveries GitLab's count is made of. */
export function targetSearch(host: string): string {
  const quoted = `target:"${host.replace(/"/g, '\\"')}"`;
  return `${quoted} origin:forwarded OR ${quoted} origin:sample`;
}
