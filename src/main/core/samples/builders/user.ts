import type { SampleScope } from '../scope';

/** GitLab's own upload path for avatars: stable per user, and needs no hash of the email. */
function avatarUrl(scope: SampleScope): string {
  return `${scope.context.gitlabUrl}/uploads/-/system/user/avatar/${scope.context.userId}/avatar.png`;
}

/** `user.hook_attrs`: the `user` object of issue, MR, note, pipeline… hooks. */
export function userAttrs(scope: SampleScope) {
  const { userId, userName, userUsername, userEmail } = scope.context;
  return { id: userId, name: userName, username: userUsername, avatar_url: avatarUrl(scope), email: userEmail };
}

/** The deprecated single `assignee` of issue and MR payloads: the user without id or email. */
export function assigneeAttrs(scope: SampleScope) {
  const { name, username, avatar_url } = userAttrs(scope);
  return { name, username, avatar_url };
}

/** Push hooks flatten the user into `user_*` fields. */
export function pushUserFields(scope: SampleScope) {
  const { userId, userName, userUsername, userEmail } = scope.context;
  return {
    user_id: userId,
    user_name: userName,
    user_username: userUsername,
    user_email: userEmail,
    user_avatar: avatarUrl(scope),
  };
}
