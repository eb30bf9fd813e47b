/** The Jenkins mock's jobs for a run: the command line's, the samples folder's, and any job when asked for. */
import { JOB_DEFAULTS, checkedJobPath, type JenkinsJob } from './jenkins-job';
import { jobTokenName, type JenkinsJobFolder } from './job-folder';
import type { MockJenkinsConfig } from './mock-jenkins';

export interface MockJenkinsOptions {
  /** `--mock-jenkins`: any job path is a job with the plugin's defaults. */
  anyJob: boolean;
  /** `--mock-jenkins-job PATH`, repeatable: jobs with the plugin's defaults. */
  jobs: readonly string[];
  /** The token of the command line's jobs (HOOKBENCH_MOCK_JENKINS_TOKEN); null: from the secret store, or none. */
  token: () => string | null;
}

export const NO_MOCK_JENKINS: MockJenkinsOptions = { anyJob: false, jobs: [], token: () => null };

export function mockJenkinsConfig(options: MockJenkinsOptions, folder: JenkinsJobFolder, secret: (name: string) => string | null): MockJenkinsConfig {
  const paths = options.jobs.map(checkedJobPath);
  const flagJob = (path: string): JenkinsJob => ({ ...JOB_DEFAULTS, path, token: options.token() ?? secret(jobTokenName(path)) });
  return {
    // First match wins: a file's job, with its options, over the same path given on the command line.
    jobs: () => [...folder.jobs(secret), ...paths.map(flagJob)],
    anyJob: options.anyJob ? { token: options.token() } : null,
  };
}
