import { useState, type FormEvent } from 'react';
import { findGitlabEvent, findGitlabVariant } from '@shared/gitlab-catalogue';
import { matchesKey } from '@shared/key-map';
import type { ComposeDraft } from '../../store/compose-draft';
import { useApp } from '../../store/use-app';
import './save-as-sample.css';

/** What a new sample is called unless the user says otherwise: its event and variant, as the picker shows them. */
function suggestedName(compose: ComposeDraft): string {
  const event = findGitlabEvent(compose.event);
  const variant = event && compose.variantId ? findGitlabVariant(event, compose.variantId) : undefined;
  return variant ? `${compose.event} ${variant.label}` : compose.event;
}

/** The saved sample Compose holds, and "Save as sample", which names it and writes its file. */
export function SaveAsSample() {
  const compose = useApp((state) => state.compose.draft);
  const opened = useApp((state) => state.compose.openedSample);
  const save = useApp((state) => state.samples.sampleSave);
  const saveAs = useApp((state) => state.samples.saveComposeAsSample);
  const reset = useApp((state) => state.samples.resetSampleSave);
  const [name, setName] = useState<string | null>(null);

  function begin() {
    reset();
    setName(opened?.name ?? suggestedName(compose));
  }
  function close() {
    reset();
    setName(null);
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name !== null) await saveAs(name);
  }

  return (
    <section className="save-as-sample" aria-label="Saved sample">
      <div className="save-as-sample-line">
        {opened ? (
          <span data-testid="opened-sample">
            Saved sample <strong>{opened.name}</strong> <span className="mono muted">{opened.file}</span>
          </span>
        ) : (
          <span className="muted">Not saved as a sample</span>
        )}
        <span className="toolbar-spacer" />
        {name === null && (
          <button type="button" className="button button-small" onClick={begin}>
            Save as sample
          </button>
        )}
      </div>
      {name !== null && (
        <form className="save-as-sample-form" aria-label="Save as sample" onSubmit={(event) => void submit(event)}>
          <label className="field">
            <span className="field-label">Sample name</span>
            <input
              name="sampleName"
              type="text"
              autoFocus
              value={name}
              spellCheck={false}
              onChange={(event) => {
                setName(event.target.value);
                if (save.status !== 'saving') reset();
              }}
              onKeyDown={(event) => matchesKey('dismiss', event) && close()}
            />
          </label>
          <button type="submit" className="button button-primary button-small" disabled={save.status === 'saving'}>
            {save.status === 'saving' ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="button button-small" onClick={close}>
            {save.status === 'saved' ? 'Done' : 'Cancel'}
          </button>
        </form>
      )}
      {name !== null && <SaveOutcome name={name} />}
    </section>
  );
}

function SaveOutcome({ name }: { name: string }) {
  const save = useApp((state) => state.samples.sampleSave);
  const saveAs = useApp((state) => state.samples.saveComposeAsSample);
  const folder = useApp((state) => state.samples.savedSamples?.folder);

  if (save.status === 'saved') {
    return (
      <p className="save-outcome" role="status">
        Saved as {save.file}{folder ? ` in ${folder}` : ''}. It is listed in Samples.
      </p>
    );
  }
  if (save.status === 'exists') {
    return (
      <p className="save-outcome save-outcome-problem" role="alert">
        {save.message}{' '}
        <button type="button" className="button button-small" onClick={() => void saveAs(name, true)}>
          Overwrite
        </button>
      </p>
    );
  }
  if (save.status === 'failed') {
    return (
      <p className="save-outcome save-outcome-problem" role="alert">
        Not saved: {save.message}
      </p>
    );
  }
  return null;
}
