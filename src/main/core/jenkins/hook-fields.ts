/**
 * What the GitLab plugin's Jackson model reads of each hook it handles (gitlab-protocol.md §5.1, §5.3): the
 * typed fields whose wrong type fails parsing, and the fields its handlers require. Paths are dotted; `[]`
 * stands for every element of an array.
 */
export type HookKind = 'push' | 'merge-request' | 'note' | 'pipeline';

export type FieldType = 'integer' | 'string' | 'object' | 'array';

const MERGE_REQUEST_TYPES = (at: string): Record<string, FieldType> => ({
  [at]: 'object',
  [`${at}.id`]: 'integer',
  [`${at}.iid`]: 'integer',
  [`${at}.source_project_id`]: 'integer',
  [`${at}.target_project_id`]: 'integer',
  [`${at}.author_id`]: 'integer',
  [`${at}.assignee_id`]: 'integer',
  [`${at}.title`]: 'string',
  [`${at}.description`]: 'string',
  [`${at}.state`]: 'string',
  [`${at}.source_branch`]: 'string',
  [`${at}.target_branch`]: 'string',
  [`${at}.source`]: 'object',
  [`${at}.target`]: 'object',
  [`${at}.last_commit`]: 'object',
  [`${at}.last_commit.id`]: 'string',
  [`${at}.last_commit.author`]: 'object',
});

const USER_TYPES: Record<string, FieldType> = { user: 'object', 'user.id': 'integer', 'user.name': 'string', 'user.username': 'string' };
const PROJECT_TYPES: Record<string, FieldType> = { project: 'object', 'project.id': 'integer', 'project.namespace': 'string', 'project.path_with_namespace': 'string' };

/** Ids are Java `Integer`s there: a value above 2147483647 fails parsing as a wrong type does. */
export const FIELD_TYPES: Record<HookKind, Record<string, FieldType>> = {
  push: {
    object_kind: 'string',
    ref: 'string',
    before: 'string',
    after: 'string',
    project_id: 'integer',
    user_id: 'integer',
    user_name: 'string',
    total_commits_count: 'integer',
    commits: 'array',
    'commits[]': 'object',
    'commits[].message': 'string',
    'commits[].author': 'object',
    repository: 'object',
    'repository.name': 'string',
    'repository.url': 'string',
    'repository.git_ssh_url': 'string',
    'repository.git_http_url': 'string',
    ...PROJECT_TYPES,
  },
  'merge-request': { object_kind: 'string', ...USER_TYPES, ...PROJECT_TYPES, ...MERGE_REQUEST_TYPES('object_attributes'), 'object_attributes.action': 'string' },
  note: {
    object_kind: 'string',
    ...USER_TYPES,
    project_id: 'integer',
    ...PROJECT_TYPES,
    object_attributes: 'object',
    'object_attributes.id': 'integer',
    'object_attributes.note': 'string',
    'object_attributes.noteable_type': 'string',
    ...MERGE_REQUEST_TYPES('merge_request'),
  },
  pipeline: {
    object_kind: 'string',
    ...USER_TYPES,
    ...PROJECT_TYPES,
    object_attributes: 'object',
    'object_attributes.id': 'integer',
    'object_attributes.status': 'string',
    'object_attributes.sha': 'string',
    'object_attributes.ref': 'string',
  },
};

const SIDES = ['name', 'namespace', 'ssh_url', 'http_url'];

/** `CauseData`'s `requireNonNull`s for a merge request, read from `object_attributes` or a note's `merge_request`. */
export const mergeRequestRequired = (at: string): string[] => [
  ...['source_project_id', 'target_project_id', 'source_branch', 'target_branch', 'title', 'id', 'iid', 'state'].map((key) => `${at}.${key}`),
  `${at}.last_commit.id`,
  `${at}.last_commit.author.name`,
  ...SIDES.map((key) => `${at}.source.${key}`),
  ...[...SIDES, 'web_url'].map((key) => `${at}.target.${key}`),
];

/** Deprecated keys GitLab still sends and the push handler still requires. */
export const DEPRECATED_PUSH_KEYS = new Set(['repository.name', 'repository.git_ssh_url', 'repository.git_http_url']);

export const PUSH_REQUIRED = ['object_kind', 'ref', 'after', 'project_id', 'user_name', 'repository.name', 'repository.git_ssh_url', 'repository.git_http_url'];

export const PIPELINE_REQUIRED = ['object_attributes.status', 'object_attributes.sha', 'project.id'];

/** Every value at a dotted path, with the concrete path (`commits.2.message`); missing and null are both absent. */
export function valuesAt(root: unknown, path: string): Array<[string, unknown]> {
  let found: Array<[string, unknown]> = [['', root]];
  for (const part of path.split('.')) {
    const each = part.endsWith('[]');
    const key = each ? part.slice(0, -2) : part;
    const next: Array<[string, unknown]> = [];
    for (const [at, value] of found) {
      if (!isObject(value) || !Object.hasOwn(value, key)) continue;
      const child = value[key];
      const childAt = at ? `${at}.${key}` : key;
      if (!each) next.push([childAt, child]);
      else if (Array.isArray(child)) child.forEach((item, i) => next.push([`${childAt}.${i}`, item]));
    }
    found = next;
  }
  return found;
}

/** The field is there and not null, as `requireNonNull` sees it. */
export const isPresent = (root: unknown, path: string) => valuesAt(root, path).some(([, value]) => value !== null && value !== undefined);

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
