/** The first line of a failed call's message: the core words its refusals for people (UserError). */
export function errorReason(error: unknown): string {
  return error instanceof Error && error.message ? error.message.split('\n')[0] : 'no answer from Hookbench';
}

/** Turns a failed call into one sentence for the UI; the details stay in the console, never on screen. */
export function describeError(action: string, error: unknown): string {
  console.error(`Hookbench: ${action} failed`, error);
  return `Could not ${action}: ${errorReason(error)}. Check that Hookbench is still running, then try again.`;
}
