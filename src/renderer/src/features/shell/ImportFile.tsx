import { useEffect, useRef, useState } from 'react';
import type { ImportReport } from '@shared/contract';
import { useClient } from '../../api/use-client';
import { errorReason } from '../../store/describe-error';
import './import-file.css';

type Outcome = { file: string; report: ImportReport } | { error: string } | null;

/** Import… and a file dropped anywhere on the window: HAR or Hookbench NDJSON, each entry a delivery. */
export function ImportFile() {
  const client = useClient();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [dragging, setDragging] = useState(false);

  async function importOne(file: File) {
    try {
      setOutcome({ file: file.name, report: await client.importDeliveries(file.name, await file.text()) });
    } catch (error) {
      setOutcome({ error: `${file.name} not imported: ${errorReason(error)}` });
    }
  }

  // File → Import… in the desktop app.
  useEffect(() => window.hookbench?.desktop?.onMenu((command) => command === 'import' && input.current?.click()), []);

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    function onDragOver(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    }
    function onDrop(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void importOne(file);
    }
    const onLeave = (event: DragEvent) => event.relatedTarget === null && setDragging(false);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragleave', onLeave);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragleave', onLeave);
    };
  });

  return (
    <>
      <button type="button" className="button button-small" title="Import a HAR or Hookbench NDJSON file (or drop it on the window)" onClick={() => input.current?.click()}>
        Import…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label="Import file"
        accept=".har,.json,.ndjson,.jsonl,application/json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importOne(file);
        }}
      />
      {dragging && <div className="import-drop">Drop a HAR or NDJSON file to import its requests</div>}
      {outcome && (
        <div className="import-report" role="status" data-testid="import-report">
          {'error' in outcome ? (
            <span className="body-note-error">{outcome.error}</span>
          ) : (
            <>
              <span>
                Imported {outcome.report.imported} {outcome.report.imported === 1 ? 'delivery' : 'deliveries'} from {outcome.file}.
                {outcome.report.skipped.length > 0 && ` Skipped ${outcome.report.skipped.length}:`}
              </span>
              {outcome.report.skipped.length > 0 && (
                <ul>
                  {outcome.report.skipped.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </>
          )}
          <button type="button" className="button button-small" onClick={() => setOutcome(null)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
