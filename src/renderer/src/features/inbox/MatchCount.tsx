import { hasActiveFilters } from '../../store/list-slice';
import { useApp } from '../../store/use-app';

const COUNT = new Intl.NumberFormat('en-US');

/** How many deliveries the query matches ("10,000+" past the cap), and whether the search index is still being built. */
export function MatchCount() {
  const filtered = useApp((state) => hasActiveFilters(state.inbox.filters));
  const total = useApp((state) => state.inbox.total);
  const capped = useApp((state) => state.inbox.totalCapped);
  const index = useApp((state) => state.inbox.searchIndex);
  const loaded = useApp((state) => state.inbox.listLoaded);
  if (!filtered || !loaded) return null;
  const building = index !== null && index.indexedThrough < index.newestId;
  return (
    <p className="match-count" data-testid="match-count" aria-live="polite">
      {capped ? `${COUNT.format(total)}+ matches` : `${COUNT.format(total)} ${total === 1 ? 'match' : 'matches'}`}
      {building && (
        <span className="match-count-index">
          {' '}
          · search index {Math.floor((100 * index.indexedThrough) / Math.max(1, index.newestId))} % built: the rest is searched more slowly
        </span>
      )}
    </p>
  );
}
