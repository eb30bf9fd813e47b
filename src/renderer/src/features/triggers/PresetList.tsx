import { TRIGGER_KIND_LABELS, TRIGGER_KINDS } from '@shared/trigger-preset';
import { CopyButton } from '../../components/CopyButton';
import { OpenFolderButton } from '../../components/OpenFolderButton';
import { formatExactTime } from '../../components/format';
import { useApp } from '../../store/use-app';

/** The saved presets, each a file a team can keep in git; a file that cannot be read is listed with the reason. */
export function PresetList() {
  const entries = useApp((state) => state.triggers.triggerEntries);
  const folder = useApp((state) => state.triggers.triggerFolder);
  const current = useApp((state) => state.triggers.triggerFile);
  const openPreset = useApp((state) => state.triggers.openTriggerPreset);
  const create = useApp((state) => state.triggers.newTriggerPreset);

  return (
    <aside className="preset-list" aria-label="Presets">
      <h2>Presets</h2>
      <div className="preset-new">
        {TRIGGER_KINDS.map((kind) => (
          <button key={kind} type="button" className="button button-small" onClick={() => create(kind)}>
            New {TRIGGER_KIND_LABELS[kind]}
          </button>
        ))}
      </div>
      {entries.length === 0 && <p className="muted">No presets yet. Fill one in, send it, and save it to keep it.</p>}
      <ul>
        {entries.map((entry) => (
          <li key={entry.file}>
            <button
              type="button"
              className={entry.file === current ? 'list-button preset-entry preset-entry-chosen' : 'list-button preset-entry'}
              disabled={entry.problem !== null}
              onClick={() => void openPreset(entry.file)}
            >
              <span className="preset-entry-name">{entry.name}</span>
              <span className="muted">{entry.kind ? TRIGGER_KIND_LABELS[entry.kind] : entry.file}</span>
              {entry.problem && <span className="field-error">{entry.problem}</span>}
              {entry.schedule?.enabled && (
                <span className="muted mono">
                  ⏱ {entry.schedule.cron}
                  {entry.nextRunAt && ` · next ${formatExactTime(entry.nextRunAt)}`}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {folder && (
        <footer className="preset-folder">
          <span className="muted mono" title={folder}>
            {folder}
          </span>
          <CopyButton text={folder} label="Copy path" />
          <OpenFolderButton path={folder} />
        </footer>
      )}
    </aside>
  );
}
