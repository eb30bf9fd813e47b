/**
 * The cases a check run plays, in order: every event × variant of GitLab's catalogue as GitLab sends it, then
 * the edge cases the issue lists, each named for the matrix (events down, kinds across) and keyed so that runs
 * on any target compare case by case.
 */
import { CHECK_CASE_KINDS, type CheckCaseKind } from '@shared/check-run';
import { findGitlabEvent, GITLAB_EVENTS, type GitlabEvent } from '@shared/gitlab-catalogue';
import { UserError } from '@shared/user-error';

export interface PlannedCase {
  key: string;
  /** The catalogue id the sample is generated from, e.g. `merge-request`. */
  eventId: string;
  /** The X-Gitlab-Event header: the matrix row. */
  event: string;
  variant: string | null;
  kind: CheckCaseKind;
  title: string;
}

export interface CaseSelection {
  /** Catalogue ids of the events to play; all when empty. */
  events: readonly string[];
  kinds: readonly CheckCaseKind[];
  /** Catalogue ids of events the receiver does not handle: played as `unhandled-event`, judged by GitLab's rule only. */
  unhandled: readonly string[];
}

/** Push variants and the tag push that are edge cases of their own, each in its own column. */
const EDGE_VARIANTS: Record<string, Record<string, CheckCaseKind>> = {
  push: { 'new-branch': 'new-branch', 'delete-branch': 'deleted-branch', 'many-commits': 'many-commits' },
  'tag-push': { create: 'tag-push', delete: 'tag-push' },
};

/** Where a check file's expected answers apply: every case but the token ones and the events the receiver does not handle. */
export const EXPECTATIONS_APPLY: ReadonlySet<CheckCaseKind> = new Set<CheckCaseKind>([
  'as-gitlab-sends', 'resend', 'new-branch', 'deleted-branch', 'many-commits', 'tag-push', 'unicode', 'near-size-limit',
]);

/**
 * Requests GitLab itself never makes (it always sends the hook's own token and signature): a receiver that
 * refuses them is right, so they stay out of the count that would have GitLab disable the hook.
 */
export const GITLAB_NEVER_SENDS: ReadonlySet<CheckCaseKind> = new Set<CheckCaseKind>([
  'wrong-token', 'missing-token', 'tampered-body', 'foreign-signature', 'stale-signature',
]);

/** The edge cases sent once, on the first event the receiver handles. */
const TOKEN_AND_RESEND: readonly CheckCaseKind[] = ['wrong-token', 'missing-token', 'tampered-body', 'foreign-signature', 'stale-signature', 'resend'];
/** The push-only edge cases built from a push of their own. */
const PUSH_BUILT: readonly CheckCaseKind[] = ['unicode', 'near-size-limit'];

const FIXED_TITLES: Partial<Record<CheckCaseKind, string>> = {
  'wrong-token': 'a wrong X-Gitlab-Token',
  'missing-token': 'no X-Gitlab-Token',
  'tampered-body': 'a tampered body under a valid-looking signature',
  'foreign-signature': 'a signature from another key',
  'stale-signature': 'a signature older than 5 minutes',
  resend: "the same delivery twice with the same Idempotency-Key (GitLab's Resend)",
  'new-branch': 'a push creating a branch (`before` all zeros)',
  'deleted-branch': 'a push deleting a branch (`after` all zeros)',
  'many-commits': 'a push of more than 20 commits (`commits` cut to 20, `total_commits_count` larger)',
  unicode: 'a push with non-ASCII and emoji text',
  'near-size-limit': "a push body near GitLab's 25 MB limit",
};

function titleOf(kind: CheckCaseKind, event: string, variant: string | null): string {
  const named = variant === null ? event : `${event} \`${variant}\``;
  if (kind === 'as-gitlab-sends') return `${named} as GitLab sends it`;
  if (kind === 'tag-push') return `a tag push (${named})`;
  if (kind === 'unhandled-event') return `${named}, which the receiver does not handle`;
  return FIXED_TITLES[kind] ?? named;
}

export const caseKey = (event: string, variant: string | null, kind: CheckCaseKind) => `${event}/${variant ?? '-'}/${kind}`;

function planned(event: GitlabEvent, variant: string | null, kind: CheckCaseKind): PlannedCase {
  return { key: caseKey(event.header, variant, kind), eventId: event.id, event: event.header, variant, kind, title: titleOf(kind, event.header, variant) };
}

/**
 * An event as the user names it: its X-Gitlab-Event (`Push Hook`), its catalogue id (`merge-request`) or that
 * id with underscores (`merge_request`, as object_kind reads); refused in words with what exists otherwise.
 */
export function eventIdOf(name: string): string {
  const event = findGitlabEvent(name.trim()) ?? findGitlabEvent(name.trim().toLowerCase().replace(/_/g, '-'));
  if (!event) {
    throw new UserError(`"${name}" is not a GitLab event Hookbench knows; use an X-Gitlab-Event like "Push Hook" or an id like ${GITLAB_EVENTS.slice(0, 3).map((e) => e.id).join(', ')}.`);
  }
  return event.id;
}

export function checkedKinds(kinds: readonly string[]): CheckCaseKind[] {
  for (const kind of kinds) {
    if (!CHECK_CASE_KINDS.includes(kind as CheckCaseKind)) throw new UserError(`"${kind}" is not a kind of check case; the kinds are ${CHECK_CASE_KINDS.join(', ')}.`);
  }
  return kinds as CheckCaseKind[];
}

export function planCases(selection: CaseSelection): PlannedCase[] {
  const kinds = new Set(selection.kinds.length > 0 ? selection.kinds : CHECK_CASE_KINDS);
  const unhandled = new Set(selection.unhandled);
  const events = GITLAB_EVENTS.filter((event) => selection.events.length === 0 || selection.events.includes(event.id) || unhandled.has(event.id));
  const cases: PlannedCase[] = [];
  for (const event of events) {
    for (const variant of event.variants) {
      const kind = unhandled.has(event.id) ? 'unhandled-event' : (EDGE_VARIANTS[event.id]?.[variant.id] ?? 'as-gitlab-sends');
      if (kinds.has(kind)) cases.push(planned(event, variant.id, kind));
    }
  }
  const handled = events.filter((event) => !unhandled.has(event.id));
  const first = handled[0];
  if (first) for (const kind of TOKEN_AND_RESEND) if (kinds.has(kind)) cases.push(planned(first, first.variants[0].id, kind));
  const push = handled.find((event) => event.id === 'push');
  if (push) for (const kind of PUSH_BUILT) if (kinds.has(kind)) cases.push(planned(push, null, kind));
  return cases;
}
