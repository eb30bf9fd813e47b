import { projectAttrs } from '../builders/project';
import { userAttrs } from '../builders/user';
import type { SampleScope } from '../scope';
import { gitlabTime } from '../time';

const STATUSES = ['success', 'running', 'failed'];

/** Deployment hooks (`Gitlab::DataBuilder::Deployment`), to a staging environment. */
export function generateDeployment(scope: SampleScope, variantId: string) {
  const status = STATUSES.includes(variantId) ? variantId : 'success';
  const sha = scope.sha();
  const deployableId = scope.id();
  return {
    object_kind: 'deployment',
    status,
    status_changed_at: gitlabTime(scope.minutesAgo(0, 1)),
    deployment_id: scope.id(),
    deployable_id: deployableId,
    deployable_url: scope.projectUrl(`/-/jobs/${deployableId}`),
    environment: 'staging',
    environment_tier: 'staging',
    environment_slug: 'staging',
    environment_external_url: `https://staging.${new URL(scope.context.gitlabUrl).hostname}`,
    project: projectAttrs(scope),
    short_sha: sha.slice(0, 8),
    user: userAttrs(scope),
    user_url: `${scope.context.gitlabUrl}/${scope.context.userUsername}`,
    commit_url: scope.projectUrl(`/-/commit/${sha}`),
    commit_title: 'Retry webhook deliveries on 502',
  };
}
