/** An error caused by what the user asked for: its message is shown as is, in words, with no stack. */
export class UserError extends Error {
  override name = 'UserError';
}
