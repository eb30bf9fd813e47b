import type { ContractHandlers } from '@shared/contract';
import type { SqlRunner } from '../store/sql-runner';
import { gitlabVerdict } from './gitlab-verdict';
import { targetOf } from '@shared/gitlab-verdict';
import { targetHistory } from './target-history';

/** Times in the words as the machine's clock shows them, to the minute, like GitLab's Recent events. */
const clockTime = (at: number) => new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

export function createVerdictHandlers(sql: SqlRunner, gitlabVersion: () => string): Pick<ContractHandlers, 'getGitlabVerdict'> {
  return {
    getGitlabVerdict: async (url) => {
      const target = targetOf(url);
      const history = await targetHistory(sql, target);
      return gitlabVerdict(target, history, { gitlabVersion: gitlabVersion(), now: Date.now(), formatTime: clockTime });
    },
  };
}
