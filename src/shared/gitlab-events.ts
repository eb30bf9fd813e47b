/** GitLab's `object_kind` values and the `X-Gitlab-Event` header each one travels with. */
export const GITLAB_EVENT_BY_OBJECT_KIND: Readonly<Record<string, string>> = {
  push: 'Push Hook',
  tag_push: 'Tag Push Hook',
  issue: 'Issue Hook',
  work_item: 'Issue Hook',
  note: 'Note Hook',
  merge_request: 'Merge Request Hook',
  wiki_page: 'Wiki Page Hook',
  pipeline: 'Pipeline Hook',
  build: 'Job Hook',
  deployment: 'Deployment Hook',
  feature_flag: 'Feature Flag Hook',
  release: 'Release Hook',
  milestone: 'Milestone Hook',
  emoji: 'Emoji Hook',
  access_token: 'Resource Access Token Hook',
  deploy_token: 'Resource Deploy Token Hook',
  vulnerability: 'Vulnerability Hook',
};

/** Group hooks without `object_kind` are told apart by their `event_name` prefix. */
const GITLAB_EVENT_BY_EVENT_NAME_PREFIX: ReadonlyArray<[prefix: string, event: string]> = [
  ['user_', 'Member Hook'],
  ['project_', 'Project Hook'],
  ['subgroup_', 'Subgroup Hook'],
];

/** The header GitLab would have sent for a body, judged from its `object_kind` or `event_name`. */
export function gitlabEventOfBody(objectKind: unknown, eventName: unknown): string | null {
  if (typeof objectKind === 'string') {
    // Own keys only: a body saying "constructor" must not find Object's.
    return Object.hasOwn(GITLAB_EVENT_BY_OBJECT_KIND, objectKind) ? GITLAB_EVENT_BY_OBJECT_KIND[objectKind] : null;
  }
  if (typeof eventName === 'string') {
    return GITLAB_EVENT_BY_EVENT_NAME_PREFIX.find(([prefix]) => eventName.startsWith(prefix))?.[1] ?? null;
  }
  return null;
}
