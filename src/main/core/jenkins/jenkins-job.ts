/** A mock Jenkins job and its GitLab-trigger options, with the plugin's defaults. */
import { UserError } from '@shared/user-error';
import type { BranchFilter } from './branch-filter';

export interface JenkinsJob {
  /** Its full name, as in `/project/<path>`: `team/build-app`. */
  path: string;
  /** The trigger's Secret token; null: none, so the authenticated `/project` endpoint decides. */
  token: string | null;
  /** The global "Enable authentication for '/project' end-point" turned off, so anonymous calls build. */
  allowAnonymous: boolean;
  /** A multibranch project: push and tag push index its branches, other hooks get 409. */
  multibranch: boolean;
  triggerOnPush: boolean;
  triggerOnMergeRequestOpened: boolean;
  triggerOnMergeRequestUpdated: boolean;
  /** Java regex the whole comment must match; empty (the default): no comment triggers. */
  noteRegex: string;
  /** Pipeline statuses that build (e.g. `success`); empty (the default): pipeline hooks never build. */
  pipelineStatuses: string[];
  branchFilter: BranchFilter;
  /** `[ci-skip]` in the last commit message or the MR description skips the build (default on). */
  ciSkip: boolean;
}

export const JOB_DEFAULTS: Omit<JenkinsJob, 'path' | 'token'> = {
  allowAnonymous: false,
  multibranch: false,
  triggerOnPush: true,
  triggerOnMergeRequestOpened: true,
  triggerOnMergeRequestUpdated: true,
  noteRegex: '',
  pipelineStatuses: [],
  branchFilter: { type: 'all' },
  ciSkip: true,
};

/** A job path as it is written in URLs and files: segments without empty parts or dots. */
export function checkedJobPath(path: unknown): string {
  const trimmed = typeof path === 'string' ? path.replace(/^\/+|\/+$/g, '') : '';
  if (!trimmed || trimmed.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new UserError(`"${String(path)}" is not a Jenkins job path: give FOLDER/JOB, e.g. team/build-app.`);
  }
  return trimmed;
}

const BOOLEAN_OPTIONS = ['allowAnonymous', 'multibranch', 'triggerOnPush', 'triggerOnMergeRequestOpened', 'triggerOnMergeRequestUpdated', 'ciSkip'] as const;
const KNOWN_KEYS = new Set<string>(['job', ...BOOLEAN_OPTIONS, 'noteRegex', 'pipelineStatuses', 'branchFilter']);

function checkedRegex(pattern: unknown, name: string): string {
  if (typeof pattern !== 'string') throw new UserError(`${name} must be text (a regular expression).`);
  try {
    new RegExp(pattern);
  } catch (error) {
    throw new UserError(`${name} is not a regular expression: ${(error as Error).message}`);
  }
  return pattern;
}

function checkedBranchFilter(value: unknown): BranchFilter {
  if (value === undefined || value === 'all') return { type: 'all' };
  const filter = value as Record<string, unknown>;
  if (typeof value === 'object' && value !== null && typeof filter.regex === 'string') {
    return { type: 'regex', pattern: checkedRegex(filter.regex, 'branchFilter.regex') };
  }
  if (typeof value === 'object' && value !== null && (typeof filter.include === 'string' || typeof filter.exclude === 'string')) {
    return { type: 'names', include: String(filter.include ?? ''), exclude: String(filter.exclude ?? '') };
  }
  throw new UserError('branchFilter must be "all", {"include": "main, release/*", "exclude": ""} or {"regex": "..."}.');
}

/**
 * A job file's options over the defaults. A file never holds the token (it would travel with the folder's
 * git repository): `token` in it is refused; the token comes from the secret store (null here).
 */
export function jobFromFile(value: unknown): JenkinsJob {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UserError('A Jenkins job file holds one JSON object.');
  const file = value as Record<string, unknown>;
  if ('token' in file || 'secretToken' in file) {
    throw new UserError('A Jenkins job file must not hold its token: set it in the secret store (jenkins:<job>:token).');
  }
  const unknown = Object.keys(file).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) throw new UserError(`Unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known: ${[...KNOWN_KEYS].join(', ')}.`);
  const path = checkedJobPath(file.job);
  const job: JenkinsJob = { ...JOB_DEFAULTS, path, token: null };
  for (const key of BOOLEAN_OPTIONS) {
    if (key in file && typeof file[key] !== 'boolean') throw new UserError(`${key} must be true or false.`);
    if (key in file) job[key] = file[key] as boolean;
  }
  if ('noteRegex' in file) job.noteRegex = checkedRegex(file.noteRegex, 'noteRegex');
  if ('pipelineStatuses' in file) {
    const statuses = file.pipelineStatuses;
    if (!Array.isArray(statuses) || !statuses.every((status) => typeof status === 'string')) {
      throw new UserError('pipelineStatuses must be a list of statuses, e.g. ["success"].');
    }
    job.pipelineStatuses = statuses as string[];
  }
  job.branchFilter = checkedBranchFilter(file.branchFilter);
  return job;
}
