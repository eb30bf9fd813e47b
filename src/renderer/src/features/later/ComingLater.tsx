import type { Screen } from '../../store/view-slice';

const LATER: Partial<Record<Screen, { title: string; what: string }>> = {
  triggers: {
    title: 'Triggers',
    what: 'Saved GitLab pipeline-trigger and Jenkins calls, shown as curl, sent and recorded with their answer explained.',
  },
};

/** An honest placeholder: the screen exists in the rail so the layout is stable, but it does nothing yet. */
export function ComingLater({ screen }: { screen: Screen }) {
  const entry = LATER[screen];
  if (!entry) return null;
  return (
    <div className="coming-later">
      <h2>{entry.title}</h2>
      <p>{entry.what}</p>
      <p className="muted">Coming in a later release. Today, Hookbench captures and shows what arrives in the Inbox.</p>
    </div>
  );
}
