import type { Verdict } from '@shared/delivery';

/** A verdict with the reason behind it, in words, for the detail view (null when there is nothing to explain). */
export interface CheckResult {
  verdict: Verdict;
  reason: string | null;
}

export const NOT_CONFIGURED: CheckResult = { verdict: 'not-configured', reason: null };

export type SingleHeader = { value: string } | 'absent' | 'repeated';

/**
 * One header's value, refusing ambiguity: a check that takes the first of two copies can be fooled by a
 * proxy or framework that takes the last, so a repeated header is reported rather than picked from.
 */
export function singleHeader(headers: ReadonlyArray<readonly [string, string]>, name: string): SingleHeader {
  const wanted = name.toLowerCase();
  const values = headers.filter(([n]) => n.toLowerCase() === wanted);
  if (values.length === 0) return 'absent';
  if (values.length > 1) return 'repeated';
  return { value: values[0][1] };
}
