/** Turns a failed call into one sentence for the UI; the details stay in the console, never on screen. */
export function describeError(action: string, error: unknown): string {
  console.error(`Hookbench: ${action} failed`, error);
  const reason = error instanceof Error && error.message ? error.message.split('\n')[0] : 'no answer from Hookbench';
  return `Could not ${action}: ${reason}. Check that Hookbench is still running, then try again.`;
}
