import { findGitlabEvent, findGitlabVariant } from '@shared/gitlab-catalogue';
import type { SavedSampleEntry } from '@shared/saved-sample';
import { formatExactTime, formatRelativeTime } from '../../components/format';
import { useApp } from '../../store/use-app';
import { useNow } from '../../components/use-now';

/** The variant's label when the catalogue knows it, else the id the file gives. */
function variantLabel(entry: SavedSampleEntry): string | null {
  const event = entry.event ? findGitlabEvent(entry.event) : undefined;
  const variant = event && entry.variant ? findGitlabVariant(event, entry.variant) : undefined;
  return variant?.label ?? entry.variant;
}

export function SampleEntryRow({ entry }: { entry: SavedSampleEntry }) {
  const open = useApp((state) => state.samples.openSavedSample);
  const now = useNow();
  const modified = (
    <span className="muted" title={formatExactTime(entry.modifiedAt)}>
      {formatRelativeTime(entry.modifiedAt, now)}
    </span>
  );

  if (entry.problem !== null) {
    return (
      <li className="sample-entry sample-entry-unreadable" data-testid="sample-entry">
        <span className="mono">{entry.file}</span>
        {modified}
        <span className="sample-problem">{entry.problem}</span>
      </li>
    );
  }
  const variant = variantLabel(entry);
  return (
    <li className="sample-entry" data-testid="sample-entry">
      <button type="button" className="sample-open" onClick={() => void open(entry.file)} title={`Open ${entry.file} in Compose`}>
        <span className="sample-name">{entry.name}</span>
        <span className="muted">{variant ?? 'no variant'}</span>
        {modified}
        <span className="mono muted sample-file">{entry.file}</span>
      </button>
    </li>
  );
}
