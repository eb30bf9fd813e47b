import type { TriggerPreset, TriggerSecrets } from '@shared/trigger-preset';
import { gitlabTriggerRequest } from './gitlab-trigger-request';
import { jenkinsPluginRequest } from './jenkins-plugin-request';
import { jenkinsRemoteRequest } from './jenkins-remote-request';
import type { PreparedTrigger, TriggerContext } from './prepared-trigger';

/** The exact request a (checked) preset makes with these secrets. */
export async function prepareTrigger(preset: TriggerPreset, secrets: TriggerSecrets, context: TriggerContext): Promise<PreparedTrigger> {
  switch (preset.kind) {
    case 'gitlab-trigger':
      return gitlabTriggerRequest(preset, secrets);
    case 'jenkins-gitlab-plugin':
      return jenkinsPluginRequest(preset, secrets, context);
    case 'jenkins-remote-build':
      return jenkinsRemoteRequest(preset, secrets);
  }
}
