/** Which job a `/project/...` URL names, resolved as the plugin's `GitLabWebHook.getDynamic` does. */
import { JOB_DEFAULTS, type JenkinsJob } from './jenkins-job';

const PROJECT_PREFIX = '/project/';

/** The decoded path segments after `/project/`, or null for another URL (or one with a malformed escape). */
export function projectSegments(url: string): string[] | null {
  if (!url.startsWith(PROJECT_PREFIX)) return null;
  const queryAt = url.indexOf('?');
  const path = (queryAt === -1 ? url : url.slice(0, queryAt)).slice(PROJECT_PREFIX.length);
  try {
    const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    return segments.length > 0 ? segments : null;
  } catch {
    return null;
  }
}

/** Any job path is a job with the plugin's defaults: `--mock-jenkins` with no job declared. */
export interface AnyJob {
  token: string | null;
}

/**
 * The declared job whose path the URL starts with, segment by segment (extra segments after a job, such as a
 * branch, are ignored for POST as the plugin ignores them); else, with `anyJob`, the whole path as a job.
 */
export function resolveJob(segments: readonly string[], jobs: readonly JenkinsJob[], anyJob: AnyJob | null): { job: JenkinsJob | null; path: string } {
  const path = segments.join('/');
  let best: JenkinsJob | null = null;
  for (const job of jobs) {
    const parts = job.path.split('/');
    const prefix = parts.length <= segments.length && parts.every((part, i) => part === segments[i]);
    if (prefix && (best === null || parts.length > best.path.split('/').length)) best = job;
  }
  if (best) return { job: best, path: best.path };
  return { job: anyJob ? { ...JOB_DEFAULTS, path, token: anyJob.token } : null, path };
}
