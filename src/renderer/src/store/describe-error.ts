import { ContractError, FAILURE } from '@shared/errors';

/** True when the failure is that the core did not answer, not that it answered no. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ContractError && error.code === FAILURE.unreachable;
}

/** The first line of a failed call's message: the core words its refusals for people (UserError). */
export function errorReason(error: unknown): string {
  return error instanceof Error && error.message ? error.message.split('\n')[0] : 'no answer from Hookbench';
}

/**
 * Turns a failed call into one sentence for the UI; the details stay in the console, never on screen.
 * "Check that Hookbench is still running" only when it did not answer: a refusal says what to change instead.
 */
export function describeError(action: string, error: unknown): string {
  console.error(`Hookbench: ${action} failed`, error);
  const sentence = `Could not ${action}: ${errorReason(error).replace(/\.$/, '')}.`;
  return isUnreachable(error) ? `${sentence} Check that Hookbench is still running, then try again.` : sentence;
}
