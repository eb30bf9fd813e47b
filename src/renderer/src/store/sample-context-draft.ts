import { defaultSampleContext, type SampleContext } from '@shared/sample-context';

/** The context card as typed: strings until a sample is generated from it. */
export interface SampleContextDraft {
  /** Empty means the GitLab instance from the Sending settings, so links match X-Gitlab-Instance. */
  gitlabUrl: string;
  projectId: string;
  projectPath: string;
  userName: string;
  userUsername: string;
  userEmail: string;
  defaultBranch: string;
  commitCount: string;
}

export type SampleContextErrors = Partial<Record<keyof SampleContextDraft, string>>;

export const defaultSampleContextDraft: SampleContextDraft = {
  gitlabUrl: '',
  projectId: String(defaultSampleContext.projectId),
  projectPath: defaultSampleContext.projectPath,
  userName: defaultSampleContext.userName,
  userUsername: defaultSampleContext.userUsername,
  userEmail: defaultSampleContext.userEmail,
  defaultBranch: defaultSampleContext.defaultBranch,
  commitCount: String(defaultSampleContext.commitCount),
};

function positiveInteger(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isSafeInteger(value) && value >= 1 ? value : null;
}

/**
 * The context to generate from, or why a field cannot be one. Only numbers are checked here (text cannot
 * cross as a number); the core judges URLs and paths and says what is wrong in words.
 */
export function sampleContextFrom(
  draft: SampleContextDraft,
  instanceUrl: string,
): { context: Partial<SampleContext> } | { errors: SampleContextErrors } {
  const projectId = positiveInteger(draft.projectId);
  const commitCount = positiveInteger(draft.commitCount);
  const errors: SampleContextErrors = {};
  if (projectId === null) errors.projectId = 'Enter a whole number from 1.';
  if (commitCount === null) errors.commitCount = 'Enter a whole number from 1.';
  if (projectId === null || commitCount === null) return { errors };
  return {
    context: {
      gitlabUrl: draft.gitlabUrl.trim() || instanceUrl,
      projectId,
      projectPath: draft.projectPath.trim(),
      userName: draft.userName,
      userUsername: draft.userUsername.trim(),
      userEmail: draft.userEmail.trim(),
      defaultBranch: draft.defaultBranch.trim(),
      commitCount,
    },
  };
}
