import { useEffect } from 'react';
import { useApp } from '../../store/use-app';
import { inboxHash, readInboxPlace } from './inbox-url';

/** Opens the query and delivery the URL names, then keeps the URL on what the inbox shows (without adding history). */
export function useInboxUrl(): void {
  const query = useApp((state) => state.filters.search);
  const id = useApp((state) => state.selectedId);
  const setSearch = useApp((state) => state.setSearch);
  const open = useApp((state) => state.open);

  useEffect(() => {
    const place = readInboxPlace(window.location.hash);
    if (!place) return;
    if (place.query) setSearch(place.query);
    if (place.id !== null) open(place.id);
    // Once, on arrival: afterwards the inbox writes the URL, not the other way round.
  }, []);

  useEffect(() => {
    const hash = inboxHash({ query, id });
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  }, [query, id]);
}
