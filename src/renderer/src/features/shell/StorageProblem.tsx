import { useApp } from '../../store/use-app';
import { OtherFolderChoice } from './OtherFolderChoice';

const TITLES = {
  corrupt: 'The data folder holds a file that is not a Hookbench store',
  damaged: 'The store is damaged',
  foreign: "The data folder holds another program's database",
  'read-only': 'The data folder cannot be written',
  unopenable: 'The store cannot be opened',
  'newer-version': 'The store was made by a newer Hookbench',
} as const;

/**
 * Shown above every screen while the data folder cannot keep deliveries (so nothing is received), with the
 * reason and the ways out that apply; after a way out it says what was done. While a newer Hookbench updates an
 * older store (which keeps receiving), a line says how far it is.
 */
export function StorageProblem() {
  const storage = useApp((state) => state.connection.storage);
  const busy = useApp((state) => state.connection.storageRepairBusy);
  const outcome = useApp((state) => state.connection.storageRepairOutcome);
  const repairStorage = useApp((state) => state.connection.repairStorage);
  const dismiss = useApp((state) => state.connection.dismissStorageRepairOutcome);

  const problem = storage?.status === 'unusable' ? storage.problem : null;
  const update = storage?.update;
  if (!problem && update) {
    return (
      <p className={update.failure ? 'storage-update warning' : 'storage-update'} role="status" aria-label="Store update">
        {update.failure
          ? `Updating the store to version ${update.toVersion} stopped at ${update.percent} %: ${update.failure}`
          : `Updating the store to version ${update.toVersion}: ${update.percent} %. Deliveries are received and kept meanwhile.`}
      </p>
    );
  }
  if (!problem) {
    return outcome?.ok ? (
      <p className="storage-problem-done" role="status">
        {outcome.text}{' '}
        <button type="button" className="button button-small" onClick={dismiss}>
          Dismiss
        </button>
      </p>
    ) : null;
  }
  const movable = problem.kind !== 'newer-version' && problem.kind !== 'read-only';
  return (
    <section className="storage-problem" role="alert" aria-label="Storage problem">
      <h2>⚠ {TITLES[problem.kind]}: nothing is being received</h2>
      <p>{problem.message}</p>
      <div className="storage-problem-actions">
        {problem.kind === 'damaged' && (
          <button type="button" className="button" disabled={busy} onClick={() => void repairStorage({ way: 'recover' })}>
            Recover readable deliveries
          </button>
        )}
        {movable && (
          <button type="button" className="button" disabled={busy} onClick={() => void repairStorage({ way: 'move-aside' })}>
            Move the file aside and start empty
          </button>
        )}
        <OtherFolderChoice
          desktop={window.hookbench?.desktop}
          busy={busy}
          use={(folder) => void repairStorage({ way: 'other-folder', folder })}
        />
      </div>
      {outcome && !outcome.ok && <p className="warning">{outcome.text}</p>}
    </section>
  );
}
