import type { GitlabVerdict } from '@shared/gitlab-verdict';

/** What GitLab would conclude about a target, in words, with the caveat for self-managed instances. */
export function GitlabVerdictLine({ verdict, testId = 'gitlab-verdict' }: { verdict: GitlabVerdict; testId?: string }) {
  return (
    <p className={verdict.state === 'enabled' ? 'gitlab-verdict' : 'gitlab-verdict gitlab-verdict-disabled'} data-testid={testId} data-state={verdict.state}>
      {verdict.words} <span className="muted">{verdict.caveat}</span>
    </p>
  );
}
