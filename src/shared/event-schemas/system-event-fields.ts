import type { EventFields } from './event-fields';
import { arrayOf, integer, objectWith, oneOfValues, string, type JsonSchema } from './json-schema';

/**
 * The top-level fields of the events only system hooks send, by event_name, as doc/administration/system_hooks.md
 * shows them (gitlab-org/gitlab 017a6c129d6a9e4ad9fec792cd84f88641d7dbfe).
 */
const times = { created_at: string, updated_at: string };
const user = { user_email: string, user_name: string, user_username: string, user_id: integer };

function named(eventName: string, fields: Record<string, JsonSchema>, optional: readonly string[] = []): EventFields {
  return { fields: { event_name: oneOfValues(eventName), ...times, ...fields }, optional };
}

const projectFields = {
  name: string, owner_email: string, owner_name: string, owners: arrayOf(objectWith({ name: string, email: string })), path: string,
  path_with_namespace: string, project_id: integer, project_namespace_id: integer, project_visibility: string,
};
const groupMemberFields = { group_access: string, group_id: integer, group_name: string, group_path: string, ...user };
const teamMemberFields = {
  access_level: string, project_id: integer, project_name: string, project_path: string, project_path_with_namespace: string, ...user,
  project_visibility: string,
};
const userFields = { name: string, email: string, user_id: integer, username: string };
const groupFields = { name: string, path: string, group_id: integer };

const build = (eventNames: readonly string[], make: (eventName: string) => EventFields) =>
  Object.fromEntries(eventNames.map((eventName) => [eventName, make(eventName)]));

export const SYSTEM_EVENT_FIELDS: Readonly<Record<string, EventFields>> = {
  ...build(['project_create', 'project_destroy', 'project_update'], (name) => named(name, projectFields)),
  ...build(['project_rename', 'project_transfer'], (name) => named(name, { ...projectFields, old_path_with_namespace: string })),
  ...build(
    ['user_access_request_revoked_for_group', 'user_access_request_to_group', 'user_add_to_group', 'user_remove_from_group', 'user_update_for_group'],
    (name) => named(name, groupMemberFields),
  ),
  ...build(
    ['user_access_request_revoked_for_project', 'user_access_request_to_project', 'user_add_to_team', 'user_remove_from_team', 'user_update_for_team'],
    (name) => named(name, teamMemberFields),
  ),
  ...build(['user_create', 'user_destroy'], (name) => named(name, userFields)),
  user_failed_login: named('user_failed_login', { ...userFields, state: oneOfValues('blocked', 'ldap_blocked') }),
  user_rename: named('user_rename', { ...userFields, old_username: string }),
  ...build(['key_create', 'key_destroy'], (name) => named(name, { username: string, key: string, id: integer })),
  ...build(['group_create', 'group_destroy'], (name) => named(name, groupFields)),
  group_rename: named('group_rename', { ...groupFields, full_path: string, old_path: string, old_full_path: string }),
};
