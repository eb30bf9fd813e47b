import { useEffect } from 'react';
import { hasActiveFilters } from '../../store/list-slice';
import { useApp } from '../../store/use-app';

/** The window title carries the count, and the filtered count when filters are on. */
export function useWindowTitle(): void {
  const stored = useApp((state) => state.connection.counts.total);
  const matching = useApp((state) => state.inbox.total);
  const filtered = useApp((state) => hasActiveFilters(state.inbox.filters));
  useEffect(() => {
    const noun = stored === 1 ? 'delivery' : 'deliveries';
    document.title = filtered
      ? `Hookbench — ${matching.toLocaleString()} of ${stored.toLocaleString()} ${noun}`
      : `Hookbench — ${stored.toLocaleString()} ${noun}`;
  }, [stored, matching, filtered]);
}
