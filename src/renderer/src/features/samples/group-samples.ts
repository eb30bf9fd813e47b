import type { SavedSampleEntry } from '@shared/saved-sample';

export interface SampleGroup {
  /** The X-Gitlab-Event, or null for the files that could not be read. */
  event: string | null;
  entries: SavedSampleEntry[];
}

/** By event in name order, samples by name within each; the unreadable files last, so they are not missed. */
export function groupSamplesByEvent(entries: readonly SavedSampleEntry[]): SampleGroup[] {
  const groups = new Map<string | null, SavedSampleEntry[]>();
  for (const entry of entries) {
    const event = entry.problem === null ? entry.event : null;
    groups.set(event, [...(groups.get(event) ?? []), entry]);
  }
  return [...groups]
    .map(([event, members]) => ({ event, entries: members.sort((a, b) => a.name.localeCompare(b.name)) }))
    .sort((a, b) => (a.event === null ? 1 : b.event === null ? -1 : a.event.localeCompare(b.event)));
}
