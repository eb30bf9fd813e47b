import { projectAttrs } from '../builders/project';
import type { SampleScope } from '../scope';
import { gitlabDate, gitlabTime } from '../time';

/** GitLab warns 7 days before a token expires (30 and 60 days on request). */
const DAYS_BEFORE_EXPIRY = 7;

function tokenTimes(scope: SampleScope) {
  return {
    created_at: gitlabTime(scope.minutesAgo(60 * 24 * 300, 60 * 24 * 350)),
    expires_at: gitlabDate(scope.daysFromNow(DAYS_BEFORE_EXPIRY)),
  };
}

/** The owning group of a group access token, as `group` in place of `project`. */
function groupAttrs(scope: SampleScope) {
  const groupPath = scope.context.projectPath.split('/')[0];
  return { group_name: groupPath, group_path: groupPath, group_id: scope.id(), full_path: groupPath };
}

/** Project or group access token about to expire (`Gitlab::DataBuilder::ResourceAccessToken`). */
export function generateResourceAccessToken(scope: SampleScope, variantId: string) {
  const owner = variantId === 'group' ? { group: groupAttrs(scope) } : { project: projectAttrs(scope) };
  return {
    object_kind: 'access_token',
    ...owner,
    object_attributes: {
      user_id: scope.id(),
      ...tokenTimes(scope),
      id: scope.id(),
      name: 'ci-deploy',
      last_used_at: gitlabTime(scope.minutesAgo(60, 60 * 24)),
    },
    event_name: 'expiring_access_token',
  };
}

/** Project deploy token about to expire (GitLab 18.4+, behind a feature flag). */
export function generateResourceDeployToken(scope: SampleScope) {
  return {
    object_kind: 'deploy_token',
    project: projectAttrs(scope),
    object_attributes: {
      id: scope.id(),
      name: 'registry-pull',
      ...tokenTimes(scope),
      revoked: false,
      deploy_token_type: 'project_type',
    },
    event_name: 'expiring_deploy_token',
  };
}
