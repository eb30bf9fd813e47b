import type { RequestShape } from '@shared/request-params';
import { triggerKindOfUrl } from '@shared/trigger-explain';
import type { TriggerKind } from '@shared/trigger-preset';
import { triggerWarnings } from '@shared/trigger-warnings';
import { jenkinsPluginWarnings } from '../jenkins/jenkins-warnings';

/** The known traps of a request to a trigger URL; the Jenkins plugin's are its verdict, from the core's one copy of it. */
export function requestWarnings(request: RequestShape, kind: TriggerKind | null = triggerKindOfUrl(request.url)): string[] {
  if (kind === 'jenkins-gitlab-plugin') return jenkinsPluginWarnings(request);
  return kind === null ? [] : triggerWarnings(request, kind);
}
