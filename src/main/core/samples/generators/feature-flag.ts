import { projectAttrs } from '../builders/project';
import { userAttrs } from '../builders/user';
import type { SampleScope } from '../scope';

/** Feature flag hooks (`Gitlab::DataBuilder::FeatureFlag`): sent when a flag is turned on or off. */
export function generateFeatureFlag(scope: SampleScope, variantId: string) {
  return {
    object_kind: 'feature_flag',
    project: projectAttrs(scope),
    user: userAttrs(scope),
    user_url: `${scope.context.gitlabUrl}/${scope.context.userUsername}`,
    object_attributes: {
      id: scope.id(),
      name: 'new_webhook_retries',
      description: 'Retry deliveries answered with 502',
      active: variantId !== 'deactivate',
    },
  };
}
