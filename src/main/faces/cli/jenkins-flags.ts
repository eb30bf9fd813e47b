/** `listen` and `serve`'s flags for the Jenkins GitLab-plugin mock, and what they print about it. */
import type { MockJenkinsOptions } from '../../core/jenkins/mock-jenkins-config';
import type { JenkinsJobFolder } from '../../core/jenkins/job-folder';

export const MOCK_JENKINS_OPTIONS = {
  'mock-jenkins': { type: 'boolean' },
  'mock-jenkins-job': { type: 'string', multiple: true },
  // Refused as a flag: only HOOKBENCH_MOCK_JENKINS_TOKEN or --mock-jenkins-token-env VAR fill it (token-flags.ts).
  'mock-jenkins-token': { type: 'string' },
} as const;

export const MOCK_JENKINS_USAGE = `  --mock-jenkins          answer POST /project/<FOLDER>/.../<JOB> as the Jenkins GitLab plugin does, for any job
                          (200 empty, 401 "Invalid token", 403, 404, 409, 500), saying what Jenkins would do
                          in the answer's X-Hookbench-Verdict header and the delivery's detail
  --mock-jenkins-job FOLDER/JOB  answer only this job (repeatable); jobs with options are JSON files in the
                          samples folder's jenkins/ ({"job": "team/app", "branchFilter": {"include": "main"}, …})
  The token of these jobs comes from HOOKBENCH_MOCK_JENKINS_TOKEN or --mock-jenkins-token-env VAR, never a flag;
  a job file's from the secret store (jenkins:<job>:token). Without a token a job answers anonymous calls with 403.
`;

export interface MockJenkinsFlags {
  'mock-jenkins'?: boolean;
  'mock-jenkins-job'?: string[];
  'mock-jenkins-token'?: string;
}

export function mockJenkinsOptions(flags: MockJenkinsFlags): MockJenkinsOptions {
  const token = flags['mock-jenkins-token'] ?? null;
  return { anyJob: flags['mock-jenkins'] ?? false, jobs: flags['mock-jenkins-job'] ?? [], token: () => token };
}

/** The lines `listen` prints about the mock once it listens: where it answers, and job files it could not read. */
export function mockJenkinsLines(flags: MockJenkinsFlags, receiverUrl: string, folder: JenkinsJobFolder): { out: string[]; warnings: string[] } {
  const declared = [...(flags['mock-jenkins-job'] ?? []), ...folder.jobs(() => null).map((job) => job.path)];
  const out: string[] = [];
  if (flags['mock-jenkins']) out.push(`Jenkins GitLab-plugin mock answers at ${receiverUrl}project/<FOLDER>/<JOB> (any job)`);
  else if (declared.length > 0) out.push(`Jenkins GitLab-plugin mock answers at ${declared.map((path) => `${receiverUrl}project/${path}`).join(', ')}`);
  if (flags['mock-jenkins'] && !flags['mock-jenkins-token']) {
    out.push('  No token: HOOKBENCH_MOCK_JENKINS_TOKEN is not set, so jobs answer anonymous calls with 403 as the plugin does.');
  }
  return { out, warnings: folder.problems().map((problem) => `Warning: ${problem}`) };
}
