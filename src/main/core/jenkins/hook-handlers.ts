/**
 * What the plugin's trigger handlers do with a hook that passed the token check: build, or not and why.
 * Order as in `AbstractWebHookTriggerHandler.handle`: trigger enabled, `[ci-skip]`, branch filter, then the
 * cause data, whose missing fields throw (a 500).
 */
import { branchFilterRefusal } from './branch-filter';
import { DEPRECATED_PUSH_KEYS, PIPELINE_REQUIRED, PUSH_REQUIRED, isPresent, mergeRequestRequired, valuesAt, type HookKind } from './hook-fields';
import type { JenkinsJob } from './jenkins-job';

export type HandlerOutcome =
  | { kind: 'build'; words: string }
  | { kind: 'skip'; words: string }
  | { kind: 'missing'; fields: string[] };

type Hook = Record<string, unknown>;

const text = (hook: Hook, path: string): string | null => {
  const value = valuesAt(hook, path)[0]?.[1];
  return value === null || value === undefined ? null : String(value);
};

const DELETED_SHA = '0'.repeat(40);
/** Only the hyphenated form: GitLab's own `[ci skip]` and `[skip ci]` pass unnoticed. */
const CI_SKIP = '[ci-skip]';
const CI_SKIP_LOOKALIKE = /\[(?:ci skip|skip ci)\]/i;

function ciSkipOutcome(job: JenkinsJob, message: string | null, where: string): HandlerOutcome | null {
  if (!job.ciSkip || message === null) return null;
  return message.includes(CI_SKIP) ? { kind: 'skip', words: `\`[ci-skip]\` in ${where}` } : null;
}

/** A skip GitLab honours but the plugin does not: the build goes ahead, and the user is told why. */
function lookalikeNote(message: string | null): string {
  const lookalike = message === null ? null : CI_SKIP_LOOKALIKE.exec(message);
  return lookalike ? `: \`${lookalike[0]}\` is not the plugin's \`[ci-skip]\`, so it does not skip` : '';
}

function missingOf(hook: Hook, required: readonly string[]): string[] {
  return required.filter((path) => !isPresent(hook, path));
}

function pushOutcome(job: JenkinsJob, hook: Hook): HandlerOutcome {
  if (!job.triggerOnPush) return { kind: 'skip', words: 'the job does not trigger on push' };
  const ref = text(hook, 'ref');
  if (text(hook, 'after') === DELETED_SHA) return { kind: 'skip', words: `\`${ref}\` was deleted (the plugin ignores branch deletions)` };
  const commits = valuesAt(hook, 'commits[].message');
  const lastMessage = commits.length > 0 ? String(commits[commits.length - 1][1] ?? '') : null;
  const skipped = ciSkipOutcome(job, lastMessage, 'the last commit message');
  if (skipped) return skipped;
  if (ref !== null) {
    const refused = branchFilterRefusal(job.branchFilter, ref.replace(/^refs\/heads\//, ''));
    if (refused) return { kind: 'skip', words: refused };
  }
  const required = [...PUSH_REQUIRED];
  // project.namespace is derived from repository.git_http_url when the project block lacks it.
  if (!isPresent(hook, 'repository.git_http_url')) required.push('project.namespace');
  const missing = missingOf(hook, required);
  if (missing.length > 0) return { kind: 'missing', fields: missing };
  return { kind: 'build', words: `for ${ref}${lookalikeNote(lastMessage)}` };
}

const MR_OPENED = new Set(['open', 'reopen']);
const MR_KNOWN = new Set(['open', 'reopen', 'update', 'merge', 'close', 'approved']);

function mergeRequestOutcome(job: JenkinsJob, hook: Hook, at: string, why: string): HandlerOutcome {
  const description = text(hook, `${at}.description`);
  const skipped = ciSkipOutcome(job, description, 'the merge request description');
  if (skipped) return skipped;
  const target = text(hook, `${at}.target_branch`);
  if (target !== null) {
    const refused = branchFilterRefusal(job.branchFilter, target);
    if (refused) return { kind: 'skip', words: refused };
  }
  const required = mergeRequestRequired(at);
  const homepage = text(hook, `${at}.source.homepage`);
  const httpUrl = text(hook, `${at}.source.http_url`);
  const missing = missingOf(hook, required);
  if (homepage === null && httpUrl !== null && !httpUrl.includes('.git')) missing.push(`${at}.source.homepage (or a .git in ${at}.source.http_url)`);
  if (missing.length > 0) return { kind: 'missing', fields: missing };
  return { kind: 'build', words: `for merge request !${text(hook, `${at}.iid`)} (${text(hook, `${at}.source_branch`)} into ${target}) ${why}${lookalikeNote(description)}` };
}

function mergeRequestHookOutcome(job: JenkinsJob, hook: Hook): HandlerOutcome {
  const action = text(hook, 'object_attributes.action');
  if (action === null || !MR_KNOWN.has(action)) return { kind: 'skip', words: `the action \`${action}\` is unknown to the plugin (read as null)` };
  if (MR_OPENED.has(action) && !job.triggerOnMergeRequestOpened) return { kind: 'skip', words: 'the job does not trigger on opened merge requests' };
  if (action === 'update' && !job.triggerOnMergeRequestUpdated) return { kind: 'skip', words: 'the job does not trigger on updated merge requests' };
  if (!MR_OPENED.has(action) && action !== 'update') return { kind: 'skip', words: `the job does not trigger on the \`${action}\` action` };
  return mergeRequestOutcome(job, hook, 'object_attributes', `(${action})`);
}

function noteOutcome(job: JenkinsJob, hook: Hook): HandlerOutcome {
  const missing = missingOf(hook, ['object_attributes.note']);
  if (missing.length > 0) return { kind: 'missing', fields: missing };
  if (!job.noteRegex) return { kind: 'skip', words: 'the job has no comment regex, so no comment triggers it' };
  const note = text(hook, 'object_attributes.note')!;
  if (!new RegExp(`^(?:${job.noteRegex})$`).test(note)) return { kind: 'skip', words: `the comment does not match the regex \`${job.noteRegex}\` as a whole` };
  return mergeRequestOutcome(job, hook, 'merge_request', 'for the comment');
}

function pipelineOutcome(job: JenkinsJob, hook: Hook): HandlerOutcome {
  const missing = missingOf(hook, PIPELINE_REQUIRED);
  if (missing.length > 0) return { kind: 'missing', fields: missing };
  const status = text(hook, 'object_attributes.status')!;
  if (job.pipelineStatuses.length === 0) return { kind: 'skip', words: 'the job does not trigger on pipeline events' };
  if (!job.pipelineStatuses.includes(status)) return { kind: 'skip', words: `the pipeline status \`${status}\` is not one of ${job.pipelineStatuses.join(', ')}` };
  return { kind: 'build', words: `for pipeline ${text(hook, 'object_attributes.id')} (${status}) of ${text(hook, 'object_attributes.sha')}` };
}

const HANDLERS: Record<HookKind, (job: JenkinsJob, hook: Hook) => HandlerOutcome> = {
  push: pushOutcome,
  'merge-request': mergeRequestHookOutcome,
  note: noteOutcome,
  pipeline: pipelineOutcome,
};

export const handlerOutcome = (kind: HookKind, job: JenkinsJob, hook: Hook): HandlerOutcome => HANDLERS[kind](job, hook);

const quoted = (field: string) => `\`${field}\``;

/** `repository.git_http_url` (a deprecated key the plugin still requires), the deprecated ones said once. */
export function missingInWords(fields: readonly string[]): string {
  const named = fields.map(quoted).join(', ');
  const deprecated = fields.filter((field) => DEPRECATED_PUSH_KEYS.has(field));
  if (deprecated.length === 0) return named;
  if (fields.length === 1) return `${named} (a deprecated key the plugin still requires)`;
  const which = deprecated.length === 1 ? `${quoted(deprecated[0])} is a deprecated key` : `${deprecated.map(quoted).join(', ')} are deprecated keys`;
  return `${named} (${which} the plugin still requires)`;
}
