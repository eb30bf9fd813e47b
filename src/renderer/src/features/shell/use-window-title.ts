import { useEffect } from 'react';
import { hasActiveFilters } from '../../store/list-slice';
import { useApp } from '../../store/use-app';

/** The window title carries the count, and the filtered count when filters are on. */
export function useWindowTitle(): void {
  const stored = useApp((state) => state.counts.total);
  const matching = useApp((state) => state.total);
  const filtered = useApp((state) => hasActiveFilters(state.filters));
  useEffect(() => {
    const noun = stored === 1 ? 'delivery' : 'deliveries';
    document.title = filtered
      ? `Hookbench — ${matching.toLocaleString()} of ${stored.toLocaleString()} ${noun}`
      : `Hookbench — ${stored.toLocaleString()} ${noun}`;
  }, [stored, matching, filtered]);
}
