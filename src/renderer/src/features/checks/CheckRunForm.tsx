import { useState } from 'react';
import type { CheckCaseKind, CheckRunRequest } from '@shared/check-run';
import { GITLAB_EVENTS } from '@shared/gitlab-catalogue';
import { Field } from '../../components/Field';
import { useApp } from '../../store/use-app';
import { CaseChoice } from './CaseChoice';
import { CASE_KINDS } from './check-matrix';
import { RunTokens, type TokenChoice } from './RunTokens';

interface Draft {
  to: string;
  checkFile: string;
  events: string[];
  kinds: CheckCaseKind[];
  tokens: TokenChoice;
}

const EVENT_OPTIONS = GITLAB_EVENTS.map((event) => ({ value: event.header, label: event.header }));
const KIND_OPTIONS = CASE_KINDS.map(({ kind, heading }) => ({ value: kind, label: heading }));

/** What the run sends: nothing chosen means everything, as the CLI's defaults are. */
export function requestOf(draft: Draft): CheckRunRequest {
  const typed = draft.tokens.source === 'typed';
  return {
    to: draft.to.trim(),
    checkFile: draft.checkFile || null,
    ...(draft.events.length > 0 && { events: draft.events }),
    ...(draft.kinds.length > 0 && { kinds: draft.kinds }),
    ...(typed && { secretToken: draft.tokens.secretToken || null, signingToken: draft.tokens.signingToken || null }),
  };
}

/** The target, the check file, the tokens and the cases of the next run; Run, and Cancel while one runs. */
export function CheckRunForm() {
  const targets = useApp((state) => state.checks.checkTargets);
  const files = useApp((state) => state.checks.checkFiles);
  const starting = useApp((state) => state.checks.checkStarting);
  const running = useApp((state) => state.checks.shownRun?.state === 'running');
  const start = useApp((state) => state.checks.startCheck);
  const cancel = useApp((state) => state.checks.cancelCheck);
  const [draft, setDraft] = useState<Draft>({ to: '', checkFile: '', events: [], kinds: [], tokens: { source: 'stored', secretToken: '', signingToken: '' } });
  const edit = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const fileTargets = (files?.entries ?? []).flatMap((entry) => (entry.target ? [entry.target] : []));
  const chosenFile = files?.entries.find((entry) => entry.file === draft.checkFile);

  return (
    <form
      className="check-run-form"
      aria-label="Check run"
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.to.trim() || chosenFile?.target) void start(requestOf(draft));
      }}
    >
      <Field label="Receiver URL" hint="The receiver under test; every case is sent here as GitLab sends it.">
        <input
          name="to"
          type="text"
          list="check-targets"
          value={draft.to}
          placeholder={chosenFile?.target ?? 'http://127.0.0.1:8080/webhook'}
          spellCheck={false}
          onChange={(event) => edit({ to: event.target.value })}
        />
      </Field>
      <datalist id="check-targets">
        {[...new Set([...targets, ...fileTargets])].map((url) => (
          <option key={url} value={url} />
        ))}
      </datalist>
      <Field
        label="Check file"
        hint={files ? <span className="mono">{files.folder}</span> : undefined}
        error={chosenFile?.problem ?? undefined}
      >
        <select name="checkFile" value={draft.checkFile} onChange={(event) => edit({ checkFile: event.target.value })}>
          <option value="">None: the cases chosen below</option>
          {files?.entries.map((entry) => (
            <option key={entry.file} value={entry.file} disabled={entry.problem !== null}>
              {entry.name} ({entry.file}){entry.problem ? ': cannot be used' : ''}
            </option>
          ))}
        </select>
      </Field>
      <RunTokens choice={draft.tokens} onChange={(tokens) => edit({ tokens })} />
      <CaseChoice label="Events" options={EVENT_OPTIONS} chosen={draft.events} onChange={(events) => edit({ events })} />
      <CaseChoice label="Cases" options={KIND_OPTIONS} chosen={draft.kinds} onChange={(kinds) => edit({ kinds })} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={starting || running || !(draft.to.trim() || chosenFile?.target)}>
          {starting ? 'Starting…' : 'Run'}
        </button>
        {running && (
          <button type="button" className="button" onClick={() => void cancel()}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
