import { useEffect, useState } from 'react';
import { BULK_LIMIT, type ExportFormat } from '@shared/contract';
import { keysLabel, matchesKey } from '@shared/key-map';
import { useClient } from '../../api/use-client';
import { isTypingTarget } from '../../components/typing-target';
import { offerUndo } from '../../components/undo-delete';
import { comparedPair, hasSelection, selectedCount, type ListSelection } from '../../store/list-selection';
import { currentSelection } from '../../store/selection-slice';
import { useApp } from '../../store/use-app';
import { BulkReplayProgress } from './BulkReplayProgress';
import { exportSaver } from './export-saver';
import { ReplayForm } from './ReplayForm';
import './bulk.css';

function countLabel(selection: ListSelection): string {
  const count = selectedCount(selection);
  if (selection.kind === 'rows') return `${count.toLocaleString()} selected`;
  return `All ${count.toLocaleString()}${selection.capped ? '+' : ''} matching ${selection.search ? 'the search' : 'deliveries'} selected`;
}

/** Above the list: what is selected and what can be done with it, and the bulk replay's progress. */
export function SelectionBar() {
  const selection = useApp((state) => currentSelection(state.inbox));
  const note = useApp((state) => state.bulk.bulkNote);
  const selectionNote = useApp((state) => state.inbox.selectionNote);
  return (
    <div className="bulk-area">
      {hasSelection(selection) && <SelectionActions selection={selection} />}
      {selectionNote && (
        <p className="body-note body-note-error" role="alert">
          {selectionNote}
        </p>
      )}
      {note && (
        <p className={note.error ? 'body-note body-note-error' : 'body-note'} role={note.error ? 'alert' : 'status'} data-testid="bulk-note">
          {note.text}
        </p>
      )}
      <BulkReplayProgress />
    </div>
  );
}

function SelectionActions({ selection }: { selection: ListSelection }) {
  const client = useClient();
  // While the core lists a Shift-click's far range, an action would take only part of it.
  const busy = useApp((state) => state.bulk.bulkBusy ?? (state.inbox.selectionFilling ? 'selecting' : null));
  const deleteSelection = useApp((state) => state.bulk.deleteSelection);
  const exportSelection = useApp((state) => state.bulk.exportSelection);
  const clearSelection = useApp((state) => state.inbox.clearSelection);
  const compareDeliveries = useApp((state) => state.detail.compareDeliveries);
  const [replaying, setReplaying] = useState(false);
  const pair = comparedPair(selection);
  const overLimit = selectedCount(selection) > BULK_LIMIT || (selection.kind === 'query' && selection.capped);

  async function remove() {
    const ids = await deleteSelection();
    if (ids) offerUndo({ ids, label: `${ids.length.toLocaleString()} ${ids.length === 1 ? 'delivery' : 'deliveries'}` });
  }
  const save = (format: ExportFormat) => void exportSelection(format, exportSaver(client, window.hookbench?.desktop));

  // While there is a selection, Delete takes it (not the open delivery alone) and Esc clears it, wherever the focus
  // is but in a field being typed in. Esc still closes what else it closes (a diff, the shortcut list).
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTypingTarget(event.target)) return;
      if (matchesKey('clearSelection', event)) {
        clearSelection();
      } else if (matchesKey('deleteDelivery', event) && busy === null) {
        event.preventDefault();
        event.stopImmediatePropagation();
        void remove();
      }
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  });

  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected deliveries" data-testid="selection-bar">
      <strong data-testid="selection-count">{busy === 'selecting' ? 'Selecting…' : countLabel(selection)}</strong>
      <button type="button" className="button button-small" disabled={busy !== null} onClick={() => void remove()} title={`Delete them (${keysLabel('deleteDelivery')}; Undo shows for a few seconds)`}>
        Delete
      </button>
      <button type="button" className="button button-small" disabled={busy !== null} onClick={() => save('har')}>
        Export HAR
      </button>
      <button type="button" className="button button-small" disabled={busy !== null} onClick={() => save('ndjson')}>
        Export NDJSON
      </button>
      <button type="button" className="button button-small" disabled={busy !== null} onClick={() => setReplaying(!replaying)} aria-expanded={replaying}>
        Replay to…
      </button>
      {pair && (
        <button type="button" className="button button-small" onClick={() => compareDeliveries({ older: pair[0], newer: pair[1] })}>
          Compare
        </button>
      )}
      <button type="button" className="button button-small" onClick={clearSelection} title={`Clear the selection (${keysLabel('clearSelection')})`}>
        Clear selection
      </button>
      {overLimit && (
        <span className="body-note body-note-error">
          A bulk action takes at most {BULK_LIMIT.toLocaleString()} deliveries: narrow the search first.
        </span>
      )}
      {replaying && <ReplayForm onDone={() => setReplaying(false)} />}
    </div>
  );
}
