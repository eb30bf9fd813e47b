import type { CheckCaseKind, CheckFiles, CheckRunRequest } from '@shared/check-run';
import type { Routes } from '@shared/contract';

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

/** The receivers the target field offers: earlier runs' targets, check files' targets and routes' forward targets, once each. */
export function targetSuggestions(runTargets: readonly string[], files: CheckFiles | null, routes: Routes | null): string[] {
  const fileTargets = (files?.entries ?? []).flatMap((entry) => (entry.target ? [entry.target] : []));
  // A route's forward target is the receiver under development.
  const forwardTargets = (routes?.entries ?? []).flatMap(({ route }) => (route?.action.kind === 'forward' ? [route.action.url] : []));
  return [...new Set([...runTargets, ...fileTargets, ...forwardTargets])];
}
