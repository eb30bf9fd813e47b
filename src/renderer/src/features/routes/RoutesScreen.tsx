import { useEffect, useState } from 'react';
import type { RouteEntry } from '@shared/route';
import { useClient } from '../../api/use-client';
import { FolderLine } from '../../components/FolderLine';
import { PaneError } from '../../components/PaneError';
import { describeError } from '../../store/describe-error';
import { useApp } from '../../store/use-app';
import { RouteForm } from './RouteForm';
import { RouteTester } from './RouteTester';
import { TunnelGuide } from './TunnelGuide';
import { actionWords, matchWords } from './route-words';
import './routes.css';

/** This run's flag routes cannot be edited here: they last as long as the `listen` or `serve` that was given them. */
const isFlag = (entry: RouteEntry) => entry.file.startsWith('--');

/** The routes in force, in the order tried; a form to add or edit one; a path to test against them. */
export function RoutesScreen() {
  const client = useClient();
  const routes = useApp((state) => state.routes.routes);
  const error = useApp((state) => state.routes.routesError);
  const load = useApp((state) => state.routes.loadRoutes);
  const [editing, setEditing] = useState<{ file: string | null; entry: RouteEntry | null; key: number }>({ file: null, entry: null, key: 0 });
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const remove = async (file: string) => {
    try {
      await client.deleteRoute(file);
      setProblem(null);
      await load();
    } catch (failure) {
      setProblem(describeError(`delete ${file}`, failure));
    }
  };
  const edit = (entry: RouteEntry | null) => setEditing((current) => ({ file: entry?.file ?? null, entry, key: current.key + 1 }));

  return (
    <div className="routes-screen">
      <header className="routes-header">
        <h2>Routes</h2>
        {routes && <FolderLine folder={routes.folder} testId="routes-folder" />}
        <p className="muted">
          The first route that matches decides: it answers, forwards, or hands the delivery to a mock. No match: the default answer.
          Routes are JSON files tried in name order (this run's --answer, --route and --forward first); edits on disk apply at once.
        </p>
      </header>
      <PaneError message={error ?? problem} />
      <div className="routes-body">
        <section aria-label="Routes in force">
          {routes?.entries.length === 0 && <p className="muted" data-testid="routes-empty">No routes: every delivery gets the default answer.</p>}
          <ol className="route-list">
            {routes?.entries.map((entry) => (
              <li key={entry.file} className="route-entry" data-testid="route-entry">
                <div>
                  <strong>{entry.route?.name ?? entry.file}</strong> <span className="muted mono">{entry.file}</span>
                </div>
                {entry.route && (
                  <div className="mono">
                    {matchWords(entry.route)} → {actionWords(entry.route.action)}
                  </div>
                )}
                {entry.problem && <div className="field-error">{entry.problem}</div>}
                {!isFlag(entry) && (
                  <div className="route-entry-actions">
                    {entry.route && (
                      <button type="button" className="button button-small" onClick={() => edit(entry)}>
                        Edit
                      </button>
                    )}
                    <button type="button" className="button button-small" onClick={() => void remove(entry.file)}>
                      Delete
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ol>
          <button type="button" className="button" onClick={() => edit(null)}>
            New route
          </button>
          <RouteTester />
          <TunnelGuide />
        </section>
        <RouteForm
          key={editing.key}
          file={editing.file}
          route={editing.entry?.route ?? null}
          saved={() => {
            edit(null);
            void load();
          }}
        />
      </div>
    </div>
  );
}
