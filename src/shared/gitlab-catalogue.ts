/**
 * Every event GitLab sends to a webhook: its `X-Gitlab-Event` header, its `object_kind`, where GitLab's
 * webhook settings list its trigger, whether the Jenkins GitLab plugin acts on it, and the variants a
 * receiver developer reaches for. Facts: shared/reference/gitlab-protocol.md §1 and §5.1.
 */

import { SYSTEM_EVENT_VARIANTS } from './system-hook-events';

/** Grouped the way GitLab's webhook settings group their triggers. */
export type GitlabEventGroup =
  | 'Repository'
  | 'Issues'
  | 'Comments'
  | 'Merge requests'
  | 'Wiki'
  | 'CI/CD'
  | 'Deployments'
  | 'Feature flags'
  | 'Releases'
  | 'Milestones'
  | 'Emoji'
  | 'Access tokens'
  | 'Security'
  | 'Group'
  | 'System';

export interface GitlabEventVariant {
  id: string;
  label: string;
  /** Set where this variant's `object_kind` differs from its event's (work items, system hooks). */
  objectKind?: string | null;
  /** Set where the Jenkins plugin treats this variant unlike its event (system hooks). */
  jenkinsPluginAccepts?: boolean;
}

export interface GitlabEvent {
  /** Stable slug, used in file names, URLs and the CLI. */
  id: string;
  label: string;
  /** The exact `X-Gitlab-Event` value; GitLab and the Jenkins plugin compare it case-sensitively. */
  header: string;
  /** Null for the group hooks (member, project, subgroup), which carry only `event_name`. */
  objectKind: string | null;
  group: GitlabEventGroup;
  /** False where the plugin's dispatcher falls through to its no-op action and Stapler answers 404. */
  jenkinsPluginAccepts: boolean;
  /** The first one is the default. */
  variants: readonly GitlabEventVariant[];
}

/** Work items other than issues (tasks, incidents, epics…) keep the issue headers with `object_kind: "work_item"`. */
const ISSUE_VARIANTS: readonly GitlabEventVariant[] = [
  { id: 'open', label: 'Opened' },
  { id: 'close', label: 'Closed' },
  { id: 'reopen', label: 'Reopened' },
  { id: 'update', label: 'Updated (with changes)' },
  { id: 'work-item', label: 'Task opened (work item)', objectKind: 'work_item' },
];

const NOTE_TARGETS: readonly GitlabEventVariant[] = [
  { id: 'commit', label: 'On a commit' },
  { id: 'merge-request', label: 'On a merge request' },
  { id: 'issue', label: 'On an issue' },
  { id: 'snippet', label: 'On a snippet' },
];

const CREATE_UPDATE_DELETE: readonly GitlabEventVariant[] = [
  { id: 'create', label: 'Created' },
  { id: 'update', label: 'Updated' },
  { id: 'delete', label: 'Deleted' },
];

const CREATE_DESTROY: readonly GitlabEventVariant[] = [
  { id: 'create', label: 'Created' },
  { id: 'destroy', label: 'Destroyed' },
];

/**
 * In this order on purpose: where several headers share an `object_kind` (confidential and system hooks),
 * the first entry is the one a body without a header is taken for.
 */
export const GITLAB_EVENTS: readonly GitlabEvent[] = [
  {
    id: 'push', label: 'Push', header: 'Push Hook', objectKind: 'push', group: 'Repository', jenkinsPluginAccepts: true,
    variants: [
      { id: 'default', label: 'Push to the default branch' },
      { id: 'new-branch', label: 'Push creating a branch' },
      { id: 'delete-branch', label: 'Branch deleted' },
      { id: 'many-commits', label: 'More than 20 commits' },
    ],
  },
  {
    id: 'tag-push', label: 'Tag push', header: 'Tag Push Hook', objectKind: 'tag_push', group: 'Repository',
    jenkinsPluginAccepts: true,
    variants: [
      { id: 'create', label: 'Tag created' },
      { id: 'delete', label: 'Tag deleted' },
    ],
  },
  {
    id: 'issue', label: 'Issue', header: 'Issue Hook', objectKind: 'issue', group: 'Issues', jenkinsPluginAccepts: false,
    variants: ISSUE_VARIANTS,
  },
  {
    id: 'confidential-issue', label: 'Confidential issue', header: 'Confidential Issue Hook', objectKind: 'issue',
    group: 'Issues', jenkinsPluginAccepts: false, variants: ISSUE_VARIANTS,
  },
  {
    id: 'note', label: 'Comment', header: 'Note Hook', objectKind: 'note', group: 'Comments', jenkinsPluginAccepts: true,
    variants: NOTE_TARGETS,
  },
  {
    id: 'confidential-note', label: 'Confidential comment', header: 'Confidential Note Hook', objectKind: 'note',
    group: 'Comments', jenkinsPluginAccepts: false,
    variants: NOTE_TARGETS.filter((target) => target.id === 'issue' || target.id === 'merge-request'),
  },
  {
    id: 'merge-request', label: 'Merge request', header: 'Merge Request Hook', objectKind: 'merge_request',
    group: 'Merge requests', jenkinsPluginAccepts: true,
    variants: [
      { id: 'open', label: 'Opened' },
      { id: 'update', label: 'Updated with new commits' },
      { id: 'approved', label: 'Approved' },
      { id: 'merge', label: 'Merged' },
      { id: 'close', label: 'Closed' },
    ],
  },
  {
    id: 'wiki-page', label: 'Wiki page', header: 'Wiki Page Hook', objectKind: 'wiki_page', group: 'Wiki',
    jenkinsPluginAccepts: false, variants: CREATE_UPDATE_DELETE,
  },
  {
    id: 'pipeline', label: 'Pipeline', header: 'Pipeline Hook', objectKind: 'pipeline', group: 'CI/CD',
    jenkinsPluginAccepts: true,
    variants: [
      { id: 'pending', label: 'Pending' },
      { id: 'running', label: 'Running' },
      { id: 'success', label: 'Succeeded' },
      { id: 'failed', label: 'Failed' },
    ],
  },
  {
    id: 'job', label: 'Job', header: 'Job Hook', objectKind: 'build', group: 'CI/CD', jenkinsPluginAccepts: false,
    variants: [
      { id: 'created', label: 'Created' },
      { id: 'running', label: 'Running' },
      { id: 'success', label: 'Succeeded' },
      { id: 'failed', label: 'Failed' },
    ],
  },
  {
    id: 'deployment', label: 'Deployment', header: 'Deployment Hook', objectKind: 'deployment', group: 'Deployments',
    jenkinsPluginAccepts: false,
    variants: [
      { id: 'success', label: 'Succeeded' },
      { id: 'running', label: 'Running' },
      { id: 'failed', label: 'Failed' },
    ],
  },
  {
    id: 'feature-flag', label: 'Feature flag', header: 'Feature Flag Hook', objectKind: 'feature_flag',
    group: 'Feature flags', jenkinsPluginAccepts: false,
    variants: [
      { id: 'activate', label: 'Turned on' },
      { id: 'deactivate', label: 'Turned off' },
    ],
  },
  {
    id: 'release', label: 'Release', header: 'Release Hook', objectKind: 'release', group: 'Releases',
    jenkinsPluginAccepts: false, variants: CREATE_UPDATE_DELETE,
  },
  {
    id: 'milestone', label: 'Milestone', header: 'Milestone Hook', objectKind: 'milestone', group: 'Milestones',
    jenkinsPluginAccepts: false,
    variants: [
      { id: 'create', label: 'Created' },
      { id: 'close', label: 'Closed' },
      { id: 'reopen', label: 'Reopened' },
    ],
  },
  {
    id: 'emoji', label: 'Emoji', header: 'Emoji Hook', objectKind: 'emoji', group: 'Emoji', jenkinsPluginAccepts: false,
    variants: [
      { id: 'award', label: 'Awarded on an issue' },
      { id: 'revoke', label: 'Revoked on an issue' },
    ],
  },
  {
    id: 'resource-access-token', label: 'Project or group access token', header: 'Resource Access Token Hook',
    objectKind: 'access_token', group: 'Access tokens', jenkinsPluginAccepts: false,
    variants: [
      { id: 'project', label: 'Project token expiring' },
      { id: 'group', label: 'Group token expiring' },
    ],
  },
  {
    id: 'resource-deploy-token', label: 'Deploy token', header: 'Resource Deploy Token Hook', objectKind: 'deploy_token',
    group: 'Access tokens', jenkinsPluginAccepts: false, variants: [{ id: 'expiring', label: 'Expiring' }],
  },
  {
    id: 'vulnerability', label: 'Vulnerability', header: 'Vulnerability Hook', objectKind: 'vulnerability',
    group: 'Security', jenkinsPluginAccepts: false,
    variants: [
      { id: 'detected', label: 'Detected' },
      { id: 'confirmed', label: 'Confirmed' },
    ],
  },
  {
    id: 'member', label: 'Group member', header: 'Member Hook', objectKind: null, group: 'Group',
    jenkinsPluginAccepts: false,
    variants: [
      { id: 'add', label: 'Added to the group' },
      { id: 'update', label: 'Access changed' },
      { id: 'remove', label: 'Removed from the group' },
      { id: 'access-request', label: 'Access requested' },
      { id: 'access-denied', label: 'Access request denied' },
    ],
  },
  {
    id: 'project', label: 'Project in group', header: 'Project Hook', objectKind: null, group: 'Group',
    jenkinsPluginAccepts: false, variants: CREATE_DESTROY,
  },
  {
    id: 'subgroup', label: 'Subgroup', header: 'Subgroup Hook', objectKind: null, group: 'Group',
    jenkinsPluginAccepts: false, variants: CREATE_DESTROY,
  },
  {
    // One header for several payloads; the Jenkins plugin peeks at object_kind and ignores the rest.
    id: 'system', label: 'System hook', header: 'System Hook', objectKind: 'push', group: 'System',
    jenkinsPluginAccepts: true,
    variants: [
      { id: 'push', label: 'Push' },
      { id: 'tag-push', label: 'Tag push', objectKind: 'tag_push' },
      { id: 'merge-request', label: 'Merge request', objectKind: 'merge_request' },
      { id: 'repository-update', label: 'Repository update', objectKind: null, jenkinsPluginAccepts: false },
      ...SYSTEM_EVENT_VARIANTS,
    ],
  },
];

/** An event by its id or its exact `X-Gitlab-Event` header. */
export function findGitlabEvent(idOrHeader: string): GitlabEvent | undefined {
  return GITLAB_EVENTS.find((event) => event.id === idOrHeader || event.header === idOrHeader);
}

/** A variant of an event by id; the default (first) one when no id is given. */
export function findGitlabVariant(event: GitlabEvent, variantId?: string): GitlabEventVariant | undefined {
  return variantId === undefined ? event.variants[0] : event.variants.find((variant) => variant.id === variantId);
}

export function variantObjectKind(event: GitlabEvent, variant: GitlabEventVariant): string | null {
  return variant.objectKind === undefined ? event.objectKind : variant.objectKind;
}

export function variantJenkinsPluginAccepts(event: GitlabEvent, variant: GitlabEventVariant): boolean {
  return variant.jenkinsPluginAccepts ?? event.jenkinsPluginAccepts;
}

/** Every `object_kind` an event's payloads may carry; null stands for "none". */
export function objectKindsOf(event: GitlabEvent): ReadonlySet<string | null> {
  return new Set(event.variants.map((variant) => variantObjectKind(event, variant)));
}

/** Headers by `object_kind`, in catalogue order, so the plain (not confidential, not system) header comes first. */
const HEADERS_BY_OBJECT_KIND: ReadonlyMap<string, readonly string[]> = (() => {
  const headers = new Map<string, string[]>();
  for (const event of GITLAB_EVENTS) {
    for (const kind of objectKindsOf(event)) {
      if (kind !== null) headers.set(kind, [...(headers.get(kind) ?? []), event.header]);
    }
  }
  return headers;
})();

/** Group hooks without `object_kind` are told apart by their `event_name` prefix. */
const GITLAB_EVENT_BY_EVENT_NAME_PREFIX: ReadonlyArray<[prefix: string, event: string]> = [
  ['user_', 'Member Hook'],
  ['project_', 'Project Hook'],
  ['subgroup_', 'Subgroup Hook'],
];

/** The header GitLab would have sent for a body, judged from its `object_kind` or `event_name`. */
export function gitlabEventOfBody(objectKind: unknown, eventName: unknown): string | null {
  if (typeof objectKind === 'string') {
    // A Map, not an object: a body saying "constructor" must not find Object's.
    return HEADERS_BY_OBJECT_KIND.get(objectKind)?.[0] ?? null;
  }
  if (typeof eventName === 'string') {
    return GITLAB_EVENT_BY_EVENT_NAME_PREFIX.find(([prefix]) => eventName.startsWith(prefix))?.[1] ?? null;
  }
  return null;
}

function quotedList(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/**
 * Null when the payload's `object_kind` is one GitLab sends with this header, otherwise why not, in words.
 * Headers outside the catalogue and payloads that are not JSON objects are not judged here.
 */
export function checkObjectKind(header: string, payload: unknown): string | null {
  const event = GITLAB_EVENTS.find((candidate) => candidate.header === header);
  if (!event || typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const allowed = objectKindsOf(event);
  const expected = [...allowed].filter((kind): kind is string => kind !== null);
  if (!Object.hasOwn(payload, 'object_kind')) {
    return allowed.has(null) ? null : `object_kind is missing; "${header}" payloads carry ${quotedList(expected)}`;
  }
  const kind: unknown = (payload as Record<string, unknown>).object_kind;
  if (typeof kind !== 'string') {
    return expected.length > 0
      ? `object_kind should be the string ${quotedList(expected)} for "${header}"`
      : `"${header}" payloads carry no object_kind`;
  }
  if (allowed.has(kind)) return null;
  const headersForKind = HEADERS_BY_OBJECT_KIND.get(kind);
  if (!headersForKind) {
    return expected.length > 0
      ? `object_kind "${kind}" is not one GitLab sends; "${header}" payloads carry ${quotedList(expected)}`
      : `object_kind "${kind}" is not one GitLab sends, and "${header}" payloads carry no object_kind`;
  }
  if (expected.length === 0) {
    return `"${header}" payloads carry no object_kind; object_kind "${kind}" is sent with ${quotedList(headersForKind)}`;
  }
  return `object_kind "${kind}" is sent with ${quotedList(headersForKind)}, not "${header}"`;
}
