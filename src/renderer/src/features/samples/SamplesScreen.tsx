import { useEffect } from 'react';
import { FolderLine } from '../../components/FolderLine';
import { PaneError } from '../../components/PaneError';
import { useApp } from '../../store/use-app';
import { groupSamplesByEvent } from './group-samples';
import { SampleEntryRow } from './SampleEntryRow';
import './samples.css';

/** The sample files in the samples folder, by event; opening one loads it into Compose. */
export function SamplesScreen() {
  const saved = useApp((state) => state.samples.savedSamples);
  const error = useApp((state) => state.samples.savedSamplesError);
  const load = useApp((state) => state.samples.loadSavedSamples);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="samples-screen">
      <header className="samples-header">
        <h2>Samples</h2>
        {saved && <FolderLine folder={saved.folder} testId="samples-folder" />}
      </header>
      <PaneError message={error} />
      {!saved && !error && <p className="pane-message">Loading the saved samples…</p>}
      {saved && saved.entries.length === 0 && (
        <div className="samples-empty" data-testid="samples-empty">
          <p>No saved samples yet.</p>
          <p>
            Save one from Compose with <strong>Save as sample</strong>, or put sample files (JSON with name, event,
            variant, headers and payload) in the folder above. A team can keep that folder in git next to the receiver
            it tests; the list follows changes on disk.
          </p>
        </div>
      )}
      {saved &&
        groupSamplesByEvent(saved.entries).map((group) => (
          <section key={group.event ?? ''} className="sample-group" aria-label={group.event ?? 'Unreadable files'}>
            <h3>{group.event ?? 'Unreadable files'}</h3>
            <ul>
              {group.entries.map((entry) => (
                <SampleEntryRow key={entry.file} entry={entry} />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
