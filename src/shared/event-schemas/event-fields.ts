import { anyObject, changes, commit, label, project, repository, sha, timestamp, user } from './fragments';
import { arrayOf, boolean, integer, nullable, objectWith, oneOfValues, string, type JsonSchema } from './json-schema';

/**
 * Each event's top-level fields (reference §1.2), `object_kind` aside: the catalogue supplies it.
 * `optional` names the fields GitLab leaves out at times (no assignee, no upstream pipeline…).
 */
export interface EventFields {
  fields: Record<string, JsonSchema>;
  optional?: readonly string[];
}

const pushFields = (eventName: string): EventFields => ({
  fields: {
    event_name: oneOfValues(eventName),
    before: sha, after: sha, ref: string, ref_protected: boolean, checkout_sha: nullable(sha), message: nullable(string),
    user_id: integer, user_name: string, user_username: string, user_email: nullable(string), user_avatar: nullable(string),
    project_id: integer, project, commits: arrayOf(commit), total_commits_count: integer, push_options: anyObject, repository,
  },
});

const issueAttributes = objectWith(
  {
    id: integer, iid: integer, title: string, description: nullable(string), state: oneOfValues('opened', 'closed'),
    action: oneOfValues('open', 'close', 'reopen', 'update'), type: string, confidential: boolean, url: string,
    author_id: integer, assignee_ids: arrayOf(integer), project_id: integer, created_at: string, updated_at: string,
    labels: arrayOf(label),
  },
  ['id', 'iid', 'title', 'state', 'url'],
);

const mergeRequestAttributes = objectWith(
  {
    id: integer, iid: integer, title: string, description: nullable(string), state: oneOfValues('opened', 'closed', 'merged', 'locked'),
    action: oneOfValues('open', 'close', 'reopen', 'update', 'approved', 'unapproved', 'approval', 'unapproval', 'merge'),
    oldrev: sha, merge_status: string, detailed_merge_status: string, source_branch: string, target_branch: string,
    source_project_id: integer, target_project_id: integer, url: string, source: project, target: project,
    last_commit: commit, draft: boolean, work_in_progress: boolean, labels: arrayOf(label),
  },
  ['id', 'iid', 'title', 'state', 'source_branch', 'target_branch', 'url'],
);

const issueFields: EventFields = {
  fields: {
    event_type: oneOfValues('issue', 'confidential_issue', 'work_item', 'confidential_work_item'),
    user, project, object_attributes: issueAttributes, repository,
    assignees: arrayOf(user), assignee: user, labels: arrayOf(label), changes,
  },
  optional: ['assignees', 'assignee'],
};

const noteAttributes = objectWith(
  {
    id: integer, note: string, noteable_type: oneOfValues('Commit', 'MergeRequest', 'Issue', 'Snippet'),
    noteable_id: nullable(integer), commit_id: nullable(string), author_id: integer, action: oneOfValues('create', 'update'),
    internal: boolean, url: string, created_at: string, updated_at: string,
  },
  ['id', 'note', 'noteable_type', 'url'],
);

const noteFields: EventFields = {
  fields: {
    event_type: oneOfValues('note', 'confidential_note'), user, project_id: integer, project,
    object_attributes: noteAttributes, repository,
    commit, merge_request: mergeRequestAttributes, issue: issueAttributes, snippet: anyObject,
  },
  // Exactly one of them: the commented object.
  optional: ['commit', 'merge_request', 'issue', 'snippet'],
};

const build = objectWith(
  {
    id: integer, stage: string, name: string, status: string, created_at: string, started_at: timestamp,
    finished_at: timestamp, duration: nullable({ type: 'number' }), queued_duration: nullable({ type: 'number' }),
    failure_reason: nullable(string), when: string, manual: boolean, allow_failure: boolean, user, runner: nullable(anyObject),
    artifacts_file: anyObject, environment: nullable(anyObject),
  },
  ['id', 'stage', 'name', 'status'],
);

const ciStatus = oneOfValues('created', 'waiting_for_resource', 'preparing', 'pending', 'running', 'success', 'failed', 'canceled', 'skipped', 'manual', 'scheduled');

const jobTime = (name: string) => ({ [`build_${name}`]: timestamp, [`build_${name}_iso`]: timestamp });

/** Group hooks name the group and the change in plain fields. */
const groupTimes = { created_at: string, updated_at: string };

const tokenOwner = { project, group: objectWith({ group_name: string, group_path: string, group_id: integer, full_path: string }) };

const mergeRequestFields: EventFields = {
  fields: {
    event_type: oneOfValues('merge_request'), user, project, repository, object_attributes: mergeRequestAttributes,
    labels: arrayOf(label), changes, assignees: arrayOf(user), reviewers: arrayOf(user),
  },
  optional: ['assignees', 'reviewers'],
};

/** By catalogue event id; the system hook's variants borrow these (see event-schema.ts). */
export const EVENT_FIELDS: Readonly<Record<string, EventFields>> = {
  push: pushFields('push'),
  'tag-push': pushFields('tag_push'),
  issue: issueFields,
  'confidential-issue': issueFields,
  note: noteFields,
  'confidential-note': noteFields,
  'merge-request': mergeRequestFields,
  'wiki-page': {
    fields: {
      user, project,
      wiki: objectWith({ web_url: string, git_ssh_url: string, git_http_url: string, path_with_namespace: string, default_branch: string }),
      object_attributes: objectWith(
        {
          title: string, content: string, format: string, message: string, slug: string, url: string,
          action: oneOfValues('create', 'update', 'delete'), diff_url: string, version_id: sha,
        },
        ['title', 'slug', 'url', 'action'],
      ),
    },
  },
  pipeline: {
    fields: {
      object_attributes: objectWith(
        {
          id: integer, iid: integer, name: nullable(string), ref: string, tag: boolean, sha, before_sha: sha, source: string,
          status: ciStatus, detailed_status: string, stages: arrayOf(string), created_at: string, finished_at: timestamp,
          duration: nullable(integer), queued_duration: nullable(integer), variables: arrayOf(anyObject), url: string,
        },
        ['id', 'ref', 'sha', 'status'],
      ),
      merge_request: nullable(anyObject), user, project, commit, source_pipeline: anyObject, builds: arrayOf(build),
    },
    optional: ['source_pipeline'],
  },
  job: {
    fields: {
      ref: string, tag: boolean, before_sha: sha, sha, retries_count: integer, build_id: integer, build_name: string,
      build_stage: string, build_status: ciStatus,
      ...jobTime('created_at'), ...jobTime('started_at'), ...jobTime('finished_at'),
      build_duration: nullable({ type: 'number' }), build_queued_duration: nullable({ type: 'number' }),
      build_allow_failure: boolean, build_failure_reason: nullable(string), pipeline_id: integer, runner: nullable(anyObject),
      project_id: integer, project_name: string, user,
      commit: objectWith({ id: integer, sha, message: string, author_name: string, author_email: string, status: string }, ['id', 'sha']),
      repository, project, environment: nullable(anyObject), source_pipeline: anyObject,
    },
    optional: ['build_created_at_iso', 'build_started_at_iso', 'build_finished_at_iso', 'source_pipeline'],
  },
  deployment: {
    fields: {
      status: oneOfValues('created', 'running', 'success', 'failed', 'canceled', 'blocked'), status_changed_at: string,
      deployment_id: integer, deployable_id: nullable(integer), deployable_url: nullable(string), environment: string,
      environment_tier: string, environment_slug: string, environment_external_url: nullable(string), project,
      short_sha: string, user, user_url: string, commit_url: string, commit_title: string,
      approver: user, approval: anyObject,
    },
    // Sent with approval events only (Premium).
    optional: ['approver', 'approval'],
  },
  'feature-flag': {
    fields: {
      project, user, user_url: string,
      object_attributes: objectWith({ id: integer, name: string, description: nullable(string), active: boolean }, ['id', 'name', 'active']),
    },
  },
  release: {
    fields: {
      id: integer, created_at: string, description: nullable(string), name: string, released_at: string, tag: string,
      project, url: string, action: oneOfValues('create', 'update', 'delete'),
      assets: objectWith({ count: integer, links: arrayOf(anyObject), sources: arrayOf(anyObject) }), commit,
    },
  },
  milestone: {
    fields: {
      event_type: oneOfValues('milestone'), project,
      object_attributes: objectWith(
        {
          id: integer, iid: integer, title: string, description: nullable(string), state: oneOfValues('active', 'closed'),
          created_at: string, updated_at: string, due_date: nullable(string), start_date: nullable(string),
          group_id: nullable(integer), project_id: nullable(integer),
        },
        ['id', 'iid', 'title', 'state'],
      ),
      action: oneOfValues('create', 'close', 'reopen', 'delete'),
    },
  },
  emoji: {
    fields: {
      event_type: oneOfValues('award', 'revoke'), user, project_id: integer, project,
      object_attributes: objectWith(
        { id: integer, name: string, user_id: integer, awardable_type: string, awardable_id: integer, action: oneOfValues('award', 'revoke'), awarded_on_url: string },
        ['name', 'awardable_type', 'awardable_id', 'action'],
      ),
      note: anyObject, issue: issueAttributes, merge_request: mergeRequestAttributes, snippet: anyObject,
    },
    // The awarded object, under its own key.
    optional: ['note', 'issue', 'merge_request', 'snippet'],
  },
  'resource-access-token': {
    fields: {
      ...tokenOwner,
      object_attributes: objectWith(
        { user_id: integer, created_at: string, id: integer, name: string, expires_at: string, last_used_at: timestamp },
        ['id', 'name', 'expires_at'],
      ),
      event_name: oneOfValues('expiring_access_token'),
    },
    // A project token's payload carries `project`, a group token's `group`.
    optional: ['project', 'group'],
  },
  'resource-deploy-token': {
    fields: {
      project,
      object_attributes: objectWith(
        { id: integer, name: string, expires_at: string, created_at: string, revoked: boolean, deploy_token_type: string },
        ['id', 'name', 'expires_at'],
      ),
      event_name: oneOfValues('expiring_deploy_token'),
    },
  },
  vulnerability: {
    fields: {
      object_attributes: objectWith(
        {
          url: string, title: string, state: oneOfValues('detected', 'confirmed', 'dismissed', 'resolved'), project_id: integer,
          location: anyObject, cvss: arrayOf(anyObject), severity: string, identifiers: arrayOf(anyObject),
          issues: arrayOf(anyObject), report_type: string, confidence: string,
        },
        ['url', 'title', 'state', 'severity'],
      ),
    },
  },
  member: {
    fields: {
      ...groupTimes, group_name: string, group_path: string, group_id: integer, user_username: string, user_name: string,
      user_email: string, user_id: integer, group_access: string, group_plan: nullable(string), expires_at: timestamp,
      event_name: oneOfValues(
        'user_add_to_group', 'user_update_for_group', 'user_remove_from_group', 'user_access_request_to_group',
        'user_access_request_denied_for_group',
      ),
    },
  },
  project: {
    fields: {
      event_name: oneOfValues('project_create', 'project_destroy'), ...groupTimes, name: string, path: string,
      path_with_namespace: string, project_id: integer, project_namespace_id: integer,
      owners: arrayOf(objectWith({ name: string, email: string })), project_visibility: string,
    },
  },
  subgroup: {
    fields: {
      ...groupTimes, event_name: oneOfValues('subgroup_create', 'subgroup_destroy'), name: string, path: string,
      full_path: string, group_id: integer, parent_group_id: integer, parent_name: string, parent_path: string,
      parent_full_path: string,
    },
  },
  'system-repository-update': {
    fields: {
      event_name: oneOfValues('repository_update'), user_id: integer, user_name: string, user_email: nullable(string),
      user_avatar: nullable(string), project_id: integer, project,
      changes: arrayOf(objectWith({ before: sha, after: sha, ref: string }, ['before', 'after', 'ref'])), refs: arrayOf(string),
    },
  },
};
