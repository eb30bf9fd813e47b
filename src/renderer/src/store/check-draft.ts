import type { CheckCaseKind, CheckRunRequest } from '@shared/check-run';

/** The Checks form as typed: kept in the store, so leaving the screen (to open a case's delivery) keeps it. */
export interface CheckDraft {
  to: string;
  checkFile: string;
  /** None chosen means all, as the CLI's defaults are. */
  events: string[];
  kinds: CheckCaseKind[];
  /** `stored`: the secret store's tokens, as the receiver settings keep them; `typed`: given for this run only. */
  tokenSource: 'stored' | 'typed';
  secretToken: string;
  signingToken: string;
}

export const emptyCheckDraft: CheckDraft = { to: '', checkFile: '', events: [], kinds: [], tokenSource: 'stored', secretToken: '', signingToken: '' };

export function checkRequestOf(draft: CheckDraft): CheckRunRequest {
  return {
    to: draft.to.trim(),
    checkFile: draft.checkFile || null,
    ...(draft.events.length > 0 && { events: draft.events }),
    ...(draft.kinds.length > 0 && { kinds: draft.kinds }),
    ...(draft.tokenSource === 'typed' && { secretToken: draft.secretToken || null, signingToken: draft.signingToken || null }),
  };
}
