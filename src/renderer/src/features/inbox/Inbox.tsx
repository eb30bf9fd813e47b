import type { ReactNode } from 'react';
import { SplitPane } from '../../components/SplitPane';
import { hasActiveFilters } from '../../store/list-slice';
import { useApp } from '../../store/use-app';
import { DeliveryList } from './DeliveryList';
import { EmptyInbox } from './EmptyInbox';
import { FilterBar } from './FilterBar';
import { MatchCount } from './MatchCount';
import { NewWhilePausedBar } from './NewWhilePausedBar';
import { useInboxUrl } from './use-inbox-url';
import './inbox.css';

/** The list gets most of a laptop screen (event and path readable at 1280 px); the detail keeps at least 420 px. */
function listWidthFor(windowWidth: number): number {
  const RAIL = 62;
  return Math.round(Math.max(560, Math.min(840, (windowWidth - RAIL) * 0.64, windowWidth - RAIL - 420)));
}


/**
 * The list and, beside it, the detail pane the shell hands in (the detail and the bulk actions are features of their
 * own), with what the shell puts above the list (the traffic feature's chart and verdict strip).
 */
export function Inbox({ detail, aboveList, bulk }: { detail: ReactNode; aboveList?: ReactNode; bulk: ReactNode }) {
  useInboxUrl();
  return (
    <SplitPane
      defaultWidth={listWidthFor(window.innerWidth)}
      left={
        <section className="list-pane" aria-label="Deliveries">
          <FilterBar />
          <MatchCount />
          {aboveList}
          {bulk}
          <NewWhilePausedBar />
          <ListBody />
        </section>
      }
      right={
        <section className="detail-pane" aria-label="Selected delivery">
          {detail}
        </section>
      }
    />
  );
}

function ListBody() {
  const loaded = useApp((state) => state.inbox.listLoaded);
  const total = useApp((state) => state.inbox.total);
  const error = useApp((state) => state.inbox.listError);
  const filtered = useApp((state) => hasActiveFilters(state.inbox.filters));

  if (error) return <p className="pane-message pane-message-error">{error}</p>;
  if (!loaded) return <p className="pane-message">Loading deliveries…</p>;
  if (total === 0 && !filtered) return <EmptyInbox />;
  if (total === 0) return <p className="pane-message">No deliveries match these filters.</p>;
  return <DeliveryList />;
}
