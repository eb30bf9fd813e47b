/**
 * The local Jenkins GitLab-plugin mock: the receiver lets it answer `/project/<FOLDER>/.../<JOB>` as the
 * plugin does, with what the plugin would have done said in the `X-Hookbench-Verdict` answer header, so the
 * verdict is stored with the delivery's answer (the request bytes stay as they came).
 */
import type { MockAnswer, MockTriggerRequest } from '../receiver/mock-trigger/mock-trigger';
import type { JenkinsJob } from './jenkins-job';
import { jenkinsVerdict, type JenkinsVerdict } from './jenkins-verdict';
import { projectSegments, resolveJob, type AnyJob } from './job-route';
import { VERDICT_HEADER, verdictHeaderValue } from '@shared/jenkins-verdict-header';

export interface MockJenkinsConfig {
  /** Declared jobs (flags and the samples folder's `jenkins/`), asked for only when a request reaches `/project/`. */
  jobs: () => readonly JenkinsJob[];
  /** `--mock-jenkins`: any other path is a job with the plugin's defaults; null answers only declared jobs. */
  anyJob: AnyJob | null;
}

export const MOCK_JENKINS_OFF: MockJenkinsConfig = { jobs: () => [], anyJob: null };

function answerOf(verdict: JenkinsVerdict): MockAnswer {
  const headers: Array<[string, string]> = [[VERDICT_HEADER, verdictHeaderValue(verdict.words)]];
  if (verdict.body) headers.push(['Content-Type', 'text/plain;charset=utf-8']);
  return { status: verdict.status, headers, body: verdict.body };
}

/** Null when the mock is off or the URL is not under `/project/`: the receiver answers as usual. */
export function answerAsJenkins(config: MockJenkinsConfig, request: MockTriggerRequest): Promise<MockAnswer> | null {
  const segments = projectSegments(request.url);
  if (!segments) return null;
  const jobs = config.jobs();
  if (!config.anyJob && jobs.length === 0) return null;
  const { job, path } = resolveJob(segments, jobs, config.anyJob);
  const headers: Array<[string, string]> = [];
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) headers.push([request.rawHeaders[i], request.rawHeaders[i + 1]]);
  // Judged in a promise, so a bug in the verdict is the receiver's 500 "mock failed", never a thrown request handler.
  return Promise.resolve().then(() => answerOf(jenkinsVerdict({ method: request.method, headers, body: request.body }, job, path)));
}
