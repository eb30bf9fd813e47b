import type { RawHeaders } from './delivery';

/**
 * One saved sample, as it sits in its own JSON file: plain and pretty-printed, so that a team can
 * keep a folder of them in git next to the receiver they test, and review changes as diffs.
 */
export interface SavedSample {
  name: string;
  /** The X-Gitlab-Event it is sent with. */
  event: string;
  variant: string | null;
  /** Extra headers sent with it, beyond the ones GitLab always sends. */
  headers: RawHeaders;
  payload: unknown;
}

/** What the list shows: a file that cannot be read is listed with the reason, never hidden. */
export interface SavedSampleEntry {
  file: string;
  name: string;
  event: string | null;
  variant: string | null;
  modifiedAt: number;
  problem: string | null;
}
