import { pick } from '../random';
import type { SampleScope } from '../scope';
import { commitTime } from '../time';

const COMMIT_MESSAGES = [
  'Fix typo in README',
  'Add retry to the webhook client\n\nThe receiver answers 502 while it restarts.',
  'Update dependencies',
  'Refactor the settings form',
  'Handle empty payloads',
  'Bump version to 1.4.2',
  'Add tests for the branch filter',
];

export interface CommitSeed {
  sha: string;
  at: Date;
  message?: string;
}

/** `commit.hook_attrs` without the file lists: MR `last_commit`, pipeline `commit`, note `commit`. */
export function commitAttrs(scope: SampleScope, seed: CommitSeed) {
  const message = seed.message ?? pick(scope.random, COMMIT_MESSAGES);
  return {
    id: seed.sha,
    message,
    title: message.split('\n')[0],
    timestamp: commitTime(seed.at),
    url: scope.projectUrl(`/-/commit/${seed.sha}`),
    author: { name: scope.context.userName, email: scope.context.userEmail },
  };
}

/** A push's commits carry the files they touched. */
export function pushedCommitAttrs(scope: SampleScope, seed: CommitSeed) {
  return { ...commitAttrs(scope, seed), added: [], modified: ['README.md'], removed: [] };
}

/** `count` commits, oldest first, a minute or more apart and ending shortly before now. */
export function commitSeeds(scope: SampleScope, count: number): CommitSeed[] {
  const newest = scope.minutesAgo(1, 5).getTime();
  return Array.from({ length: count }, (_, index) => ({
    sha: scope.sha(),
    at: new Date(newest - (count - 1 - index) * 90_000),
  }));
}
