/**
 * The top-level keys of each event's payload, transcribed from shared/reference/gitlab-protocol.md §1.2
 * (and, for the system hook's repository_update, GitLab's lib/gitlab/data_builder/repository.rb), kept
 * apart from the schemas on purpose: the test compares the samples with the reference, not with themselves.
 */
const PUSH = [
  'object_kind', 'event_name', 'before', 'after', 'ref', 'ref_protected', 'checkout_sha', 'message', 'user_id', 'user_name',
  'user_username', 'user_email', 'user_avatar', 'project_id', 'project', 'commits', 'total_commits_count', 'push_options',
  'repository',
];
const ISSUE = ['object_kind', 'event_type', 'user', 'project', 'object_attributes', 'repository', 'assignees', 'assignee', 'labels', 'changes'];
const NOTE = ['object_kind', 'event_type', 'user', 'project_id', 'project', 'object_attributes', 'repository'];
const MERGE_REQUEST = ['object_kind', 'event_type', 'user', 'project', 'repository', 'object_attributes', 'labels', 'changes', 'assignees', 'reviewers'];

/** The key a comment hook carries its commented object under, by variant. */
export const NOTE_TARGET_KEY: Readonly<Record<string, string>> = {
  commit: 'commit', 'merge-request': 'merge_request', issue: 'issue', snippet: 'snippet',
};

/** The system hooks' own events, from doc/administration/system_hooks.md (gitlab-org/gitlab 017a6c1). */
function systemEventKeys(eventName: string): readonly string[] {
  const times = ['event_name', 'created_at', 'updated_at'];
  const user = ['user_email', 'user_name', 'user_username', 'user_id'];
  const project = ['name', 'owner_email', 'owner_name', 'owners', 'path', 'path_with_namespace', 'project_id', 'project_namespace_id', 'project_visibility'];
  if (/^project_(rename|transfer)$/.test(eventName)) return [...times, ...project, 'old_path_with_namespace'];
  if (eventName.startsWith('project_')) return [...times, ...project];
  if (/_group$/.test(eventName)) return [...times, 'group_access', 'group_id', 'group_name', 'group_path', ...user];
  if (/_(team|project)$/.test(eventName)) {
    return [...times, 'access_level', 'project_id', 'project_name', 'project_path', 'project_path_with_namespace', ...user, 'project_visibility'];
  }
  const extra: Record<string, string[]> = { user_failed_login: ['state'], user_rename: ['old_username'] };
  if (eventName.startsWith('user_')) return [...times, 'name', 'email', 'user_id', 'username', ...(extra[eventName] ?? [])];
  if (eventName.startsWith('key_')) return [...times, 'username', 'key', 'id'];
  return [...times, 'name', 'path', 'group_id', ...(eventName === 'group_rename' ? ['full_path', 'old_path', 'old_full_path'] : [])];
}

export interface ReferenceKeys {
  /** Listed for every payload of the event. */
  always: readonly string[];
  /** Listed as sent only at times (newer versions, upstream pipelines, approvals). */
  mayAlso?: readonly string[];
}

export function referenceKeys(eventId: string, variantId: string): ReferenceKeys {
  switch (eventId) {
    case 'push':
    case 'tag-push':
      return { always: PUSH };
    case 'issue':
    case 'confidential-issue':
      return { always: ISSUE };
    case 'note':
    case 'confidential-note':
      return { always: [...NOTE, NOTE_TARGET_KEY[variantId]] };
    case 'merge-request':
      return { always: MERGE_REQUEST };
    case 'wiki-page':
      return { always: ['object_kind', 'user', 'project', 'wiki', 'object_attributes'] };
    case 'pipeline':
      return { always: ['object_kind', 'object_attributes', 'merge_request', 'user', 'project', 'commit', 'builds'], mayAlso: ['source_pipeline'] };
    case 'job':
      return {
        always: [
          'object_kind', 'ref', 'tag', 'before_sha', 'sha', 'retries_count', 'build_id', 'build_name', 'build_stage', 'build_status',
          'build_created_at', 'build_started_at', 'build_finished_at', 'build_duration', 'build_queued_duration',
          'build_allow_failure', 'build_failure_reason', 'pipeline_id', 'runner', 'project_id', 'project_name', 'user', 'commit',
          'repository', 'project', 'environment',
        ],
        mayAlso: ['build_created_at_iso', 'build_started_at_iso', 'build_finished_at_iso', 'source_pipeline'],
      };
    case 'deployment':
      return {
        always: [
          'object_kind', 'status', 'status_changed_at', 'deployment_id', 'deployable_id', 'deployable_url', 'environment',
          'environment_tier', 'environment_slug', 'environment_external_url', 'project', 'short_sha', 'user', 'user_url',
          'commit_url', 'commit_title',
        ],
        mayAlso: ['approver', 'approval'],
      };
    case 'feature-flag':
      return { always: ['object_kind', 'project', 'user', 'user_url', 'object_attributes'] };
    case 'release':
      return { always: ['id', 'created_at', 'description', 'name', 'released_at', 'tag', 'object_kind', 'project', 'url', 'action', 'assets', 'commit'] };
    case 'milestone':
      return { always: ['object_kind', 'event_type', 'project', 'object_attributes', 'action'] };
    case 'emoji':
      // Our emoji variants are awards on an issue.
      return { always: ['object_kind', 'event_type', 'user', 'project_id', 'project', 'object_attributes', 'issue'] };
    case 'resource-access-token':
      return { always: ['object_kind', variantId === 'group' ? 'group' : 'project', 'object_attributes', 'event_name'] };
    case 'resource-deploy-token':
      return { always: ['object_kind', 'project', 'object_attributes', 'event_name'] };
    case 'vulnerability':
      return { always: ['object_kind', 'object_attributes'] };
    case 'member':
      return {
        always: [
          'created_at', 'updated_at', 'group_name', 'group_path', 'group_id', 'user_username', 'user_name', 'user_email', 'user_id',
          'group_access', 'group_plan', 'expires_at', 'event_name',
        ],
      };
    case 'project':
      return {
        always: [
          'event_name', 'created_at', 'updated_at', 'name', 'path', 'path_with_namespace', 'project_id', 'project_namespace_id',
          'owners', 'project_visibility',
        ],
      };
    case 'subgroup':
      return {
        always: [
          'created_at', 'updated_at', 'event_name', 'name', 'path', 'full_path', 'group_id', 'parent_group_id', 'parent_name',
          'parent_path', 'parent_full_path',
        ],
      };
    case 'system':
      return variantId === 'merge-request'
        ? { always: MERGE_REQUEST }
        : variantId === 'repository-update'
          ? { always: ['event_name', 'user_id', 'user_name', 'user_email', 'user_avatar', 'project_id', 'project', 'changes', 'refs'] }
          : variantId === 'push' || variantId === 'tag-push'
            ? { always: PUSH }
            : { always: systemEventKeys(variantId.replaceAll('-', '_')) };
    default:
      throw new Error(`no reference keys for ${eventId}`);
  }
}
