import { UserError } from '@shared/user-error';
import { SECRET_TOKEN_HEADER } from '../verify/secret-token';
import { isTransportHeader } from './send-request';

/** GitLab's limit per hook. */
export const CUSTOM_HEADER_LIMIT = 20;

/** GitLab's rule: letters, digits and . - _, starting with a letter, ending with a letter or digit, no two separators in a row. */
const NAME = /^[A-Za-z](?:[._-]?[A-Za-z0-9])*$/;

/**
 * Refuses, in words, custom headers GitLab would not accept or that would quietly change the delivery:
 * connection headers, the secret token (it has its own field, which keeps it masked), and an Authorization
 * header when the URL's user:pass@ already supplies one. A header GitLab sets itself may be given: the
 * sender puts it in place of GitLab's, so a receiver can be tried against a wrong event or a stale timestamp.
 */
export function checkCustomHeaders(headers: ReadonlyArray<readonly [string, string]>, hasUrlCredentials: boolean): void {
  if (headers.length > CUSTOM_HEADER_LIMIT) {
    throw new UserError(`GitLab sends at most ${CUSTOM_HEADER_LIMIT} custom headers; ${headers.length} are set.`);
  }
  const seen = new Set<string>();
  for (const [name] of headers) {
    const lower = name.toLowerCase();
    if (!NAME.test(name)) {
      throw new UserError(
        `Custom header name "${name}" is not one GitLab accepts: letters, digits, ".", "-" and "_", starting with a ` +
          'letter, ending with a letter or digit, no two separators in a row.',
      );
    }
    if (lower === SECRET_TOKEN_HEADER.toLowerCase()) {
      throw new UserError(`Put the secret token in the Secret token field rather than a "${name}" header: there it stays masked.`);
    }
    if (isTransportHeader(name)) {
      throw new UserError(`"${name}" belongs to the connection and is set when sending; it cannot be a custom header.`);
    }
    if (lower === 'authorization' && hasUrlCredentials) {
      throw new UserError('Authorization already comes from the user:pass@ in the target URL; keep only one of the two.');
    }
    if (seen.has(lower)) throw new UserError(`Custom header "${name}" is given twice.`);
    seen.add(lower);
  }
}
