import { useEffect } from 'react';
import { useApp } from '../../store/use-app';
import { inboxHash, readInboxPlace } from '@shared/inbox-place';

/** Opens the query and delivery the URL names, and keeps the URL on what the inbox shows (without adding history). */
export function useInboxUrl(): void {
  const query = useApp((state) => state.inbox.filters.search);
  const id = useApp((state) => state.detail.selectedId);
  const setSearch = useApp((state) => state.inbox.setSearch);
  const open = useApp((state) => state.detail.open);

  // On arrival, and when a link or the address bar changes the hash (the inbox's own writes fire no hashchange).
  useEffect(() => {
    function follow(): void {
      const place = readInboxPlace(window.location.hash);
      if (!place) return;
      setSearch(place.query);
      if (place.id !== null) open(place.id);
    }
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [setSearch, open]);

  useEffect(() => {
    const hash = inboxHash({ query, id });
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  }, [query, id]);
}
