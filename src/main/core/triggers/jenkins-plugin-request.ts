import type { JenkinsPluginPreset, TriggerSecrets } from '@shared/trigger-preset';
import { generateSample, sampleText } from '../samples';
import { gitlabHeaders } from '../sender/gitlab-headers';
import { basicAuthorization, endpoint, given, jobSegments, type PreparedTrigger, type TriggerContext } from './prepared-trigger';

/** The preset's payload as sent: its own text verbatim, its JSON pretty-printed, or a fresh sample. */
function payloadText(preset: JenkinsPluginPreset, context: TriggerContext): string {
  if (typeof preset.payload === 'string') return preset.payload;
  if (preset.payload !== null) return sampleText(preset.payload as Record<string, unknown>);
  return sampleText(generateSample(preset.event, preset.variant ?? undefined, { gitlabUrl: context.gitlabUrl }).payload);
}

/**
 * A GitLab webhook for the jenkinsci/gitlab-plugin at `/project/FOLDER/JOB`, with exactly the headers
 * send-as-gitlab gives a sample. The path is exempt from CSRF crumbs, so none is ever fetched for it.
 */
export function jenkinsPluginRequest(preset: JenkinsPluginPreset, secrets: TriggerSecrets, context: TriggerContext): PreparedTrigger {
  const body = context.payload ? Buffer.from(context.payload) : Buffer.from(payloadText(preset, context), 'utf8');
  const token = preset.auth === 'secret-token' ? given(secrets.token) : null;
  const apiToken = preset.auth === 'api-token' ? given(secrets.apiToken) : null;
  const basic = apiToken === null ? null : basicAuthorization(preset.user, apiToken);
  const headers = gitlabHeaders({
    event: preset.event,
    gitlabUrl: context.gitlabUrl,
    gitlabVersion: context.gitlabVersion,
    secretToken: token,
    authorization: basic?.header,
    body,
  });
  return {
    kind: preset.kind,
    method: 'POST',
    url: endpoint(preset.baseUrl, `/project/${jobSegments(preset.jobPath).join('/')}`),
    // Basic auth goes to curl as -u, so it is kept out of the -H list there; here it is sent as GitLab sends it.
    headers,
    body,
    curlBody: { data: body.toString('utf8') },
    basicAuth: apiToken === null ? null : { user: preset.user, password: apiToken },
    secrets: [token, apiToken, basic?.credentials].filter((secret): secret is string => Boolean(secret)),
    event: preset.event,
    crumbFrom: null,
  };
}
