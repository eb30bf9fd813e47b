import type { JenkinsRemoteBuildPreset, TriggerSecrets } from '@shared/trigger-preset';
import { UserError } from '@shared/user-error';
import { basicAuthorization, endpoint, given, jobSegments, type PreparedTrigger } from './prepared-trigger';

/**
 * Jenkins core's "Trigger builds remotely": POST /job/F/job/NAME/build?token=T, or /buildWithParameters
 * with the parameters in the query. A user's API token makes it Basic auth, which also spares the crumb;
 * an anonymous POST needs one (crumbFrom).
 */
export function jenkinsRemoteRequest(preset: JenkinsRemoteBuildPreset, secrets: TriggerSecrets): PreparedTrigger {
  const token = given(secrets.token);
  const apiToken = given(secrets.apiToken);
  if (apiToken !== null && !preset.user) throw new UserError('A Jenkins API token needs the user it belongs to: give the user too.');
  const basic = apiToken === null ? null : basicAuthorization(preset.user, apiToken);
  const tokenPair: [string, string][] = token === null ? [] : [['token', token]];
  const query = new URLSearchParams([...tokenPair, ...preset.parameters]);
  const action = preset.parameters.length > 0 ? 'buildWithParameters' : 'build';
  const path = `${jobSegments(preset.jobPath).map((segment) => `/job/${segment}`).join('')}/${action}`;
  return {
    kind: preset.kind,
    method: 'POST',
    url: endpoint(preset.baseUrl, path, query),
    headers: basic === null ? [] : [['Authorization', basic.header]],
    body: new Uint8Array(),
    curlBody: null,
    basicAuth: apiToken === null ? null : { user: preset.user, password: apiToken },
    secrets: [token, apiToken, basic?.credentials ?? null].filter((secret): secret is string => secret !== null),
    event: null,
    crumbFrom: basic === null ? preset.baseUrl : null,
  };
}
