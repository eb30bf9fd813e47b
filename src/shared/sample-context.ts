/** What the user sets once and every sample shares, so successive samples describe the same project and person. */
export interface SampleContext {
  /** Base URL of the GitLab instance, without a trailing slash. */
  gitlabUrl: string;
  projectId: number;
  /** `namespace/project`, as in the project's URL. */
  projectPath: string;
  userId: number;
  userName: string;
  userUsername: string;
  /** GitLab sends "[REDACTED]" here for users without a public email. */
  userEmail: string;
  defaultBranch: string;
  /** How many commits a plain push carries. */
  commitCount: number;
}

/** The values of GitLab's own sample push (lib/gitlab/data_builder/push.rb), on a modern default branch. */
export const defaultSampleContext: SampleContext = {
  gitlabUrl: 'https://gitlab.example.com',
  projectId: 15,
  projectPath: 'mike/diaspora',
  userId: 4,
  userName: 'John Smith',
  userUsername: 'jsmith',
  userEmail: 'john@example.com',
  defaultBranch: 'main',
  commitCount: 1,
};
