import { useEffect } from 'react';
import { GITLAB_EVENTS } from '@shared/gitlab-catalogue';
import { Field } from '../../components/Field';
import { TargetUrlField } from '../../components/TargetUrlField';
import { targetSuggestions } from '../../store/check-draft';
import { useApp } from '../../store/use-app';
import { CaseChoice } from './CaseChoice';
import { CASE_KINDS } from './check-matrix';
import { RunTokens } from './RunTokens';

const EVENT_OPTIONS = GITLAB_EVENTS.map((event) => ({ value: event.header, label: event.header }));
const KIND_OPTIONS = CASE_KINDS.map(({ kind, heading }) => ({ value: kind, label: heading }));

/** The target, the check file, the tokens and the cases of the next run; Run, and Cancel while one runs. */
export function CheckRunForm() {
  const draft = useApp((state) => state.checks.checkDraft);
  const targets = useApp((state) => state.checks.checkTargets);
  const files = useApp((state) => state.checks.checkFiles);
  const starting = useApp((state) => state.checks.checkStarting);
  const running = useApp((state) => state.checks.shownRun?.state === 'running');
  const edit = useApp((state) => state.checks.editCheckDraft);
  const start = useApp((state) => state.checks.startCheck);
  const cancel = useApp((state) => state.checks.cancelCheck);
  const routes = useApp((state) => state.routes.routes);
  const loadRoutes = useApp((state) => state.routes.loadRoutes);
  useEffect(() => {
    if (!routes) void loadRoutes();
  }, [routes, loadRoutes]);
  const chosenFile = files?.entries.find((entry) => entry.file === draft.checkFile);
  const hasTarget = draft.to.trim() !== '' || Boolean(chosenFile?.target);

  return (
    <form
      className="check-run-form"
      aria-label="Check run"
      onSubmit={(event) => {
        event.preventDefault();
        if (hasTarget) void start();
      }}
    >
      <TargetUrlField
        label="Receiver URL"
        hint="The receiver under test; every case is sent here as GitLab sends it."
        name="to"
        value={draft.to}
        placeholder={chosenFile?.target ?? 'http://127.0.0.1:8080/webhook'}
        recent={targetSuggestions(targets, files, routes)}
        onChange={(to) => edit({ to })}
      />
      <Field label="Check file" hint={files ? <span className="mono">{files.folder}</span> : undefined} error={chosenFile?.problem ?? undefined}>
        <select name="checkFile" value={draft.checkFile} onChange={(event) => edit({ checkFile: event.target.value })}>
          <option value="">None: the cases chosen below</option>
          {files?.entries.map((entry) => (
            <option key={entry.file} value={entry.file} disabled={entry.problem !== null}>
              {entry.name} ({entry.file}){entry.problem ? ': cannot be used' : ''}
            </option>
          ))}
        </select>
      </Field>
      <RunTokens />
      <CaseChoice label="Events" options={EVENT_OPTIONS} chosen={draft.events} onChange={(events) => edit({ events })} />
      <CaseChoice label="Cases" options={KIND_OPTIONS} chosen={draft.kinds} onChange={(kinds) => edit({ kinds })} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={starting || running || !hasTarget}>
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
