/**
 * For a Jenkins GitLab-plugin target (`/project/...`): what the plugin would do with each case's request, from
 * the one Jenkins verdict (core/jenkins), for a job with the plugin's defaults and the run's secret token.
 */
import { JOB_DEFAULTS } from '../jenkins/jenkins-job';
import { jenkinsVerdict } from '../jenkins/jenkins-verdict';
import { projectSegments } from '../jenkins/job-route';

type JenkinsWords = (request: { headers: ReadonlyArray<readonly [string, string]>; body: Uint8Array }, status: number | null) => string;

export function jenkinsWords(target: string, secretToken: string | null): JenkinsWords | null {
  const path = new URL(target).pathname;
  const at = path.indexOf('/project/');
  if (at < 0) return null;
  const jobPath = projectSegments(path.slice(at))?.join('/') ?? '';
  const job = { ...JOB_DEFAULTS, path: jobPath, token: secretToken, allowAnonymous: true };
  return (request, status) => {
    const verdict = jenkinsVerdict({ method: 'POST', headers: request.headers, body: request.body }, job, jobPath);
    const differs = status !== null && status !== verdict.status ? ` It answered ${status} where the plugin answers ${verdict.status}.` : '';
    return `${verdict.words}.${differs}`;
  };
}
