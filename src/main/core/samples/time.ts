/** The three ways GitLab writes a time in hook payloads, all in UTC. */

function isoSeconds(at: Date): string {
  return at.toISOString().slice(0, 19);
}

/** `2015-05-17 18:08:09 UTC`: most `created_at` / `updated_at` fields (Rails' default JSON for these models). */
export function gitlabTime(at: Date): string {
  return `${isoSeconds(at).replace('T', ' ')} UTC`;
}

/** `2013-12-03T17:15:43Z`: issues, labels, releases, `_iso` job fields. */
export function isoTime(at: Date): string {
  return `${isoSeconds(at)}Z`;
}

/** `2011-12-12T14:27:31+00:00`: commit timestamps (Ruby's `xmlschema`). */
export function commitTime(at: Date): string {
  return `${isoSeconds(at)}+00:00`;
}

/** `2026-08-03`: due dates, start dates, token expiry. */
export function gitlabDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}
