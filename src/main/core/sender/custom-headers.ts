import { UserError } from '../user-error';
import { isTransportHeader } from './send-request';

/** GitLab's limit per hook. */
export const CUSTOM_HEADER_LIMIT = 20;

/** GitLab's rule: letters, digits and . - _, starting with a letter, ending with a letter or digit, no two separators in a row. */
const NAME = /^[A-Za-z](?:[._-]?[A-Za-z0-9])*$/;

/**
 * Refuses, in words, custom headers GitLab would not accept or that would quietly change the delivery:
 * ones overriding the headers GitLab sets itself (`reserved`), connection headers, and an Authorization
 * header when the URL's user:pass@ already supplies one.
 */
export function checkCustomHeaders(
  headers: ReadonlyArray<readonly [string, string]>,
  reserved: readonly string[],
  hasUrlCredentials: boolean,
): void {
  if (headers.length > CUSTOM_HEADER_LIMIT) {
    throw new UserError(`GitLab sends at most ${CUSTOM_HEADER_LIMIT} custom headers; ${headers.length} are set.`);
  }
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  const seen = new Set<string>();
  for (const [name] of headers) {
    const lower = name.toLowerCase();
    if (!NAME.test(name)) {
      throw new UserError(
        `Custom header name "${name}" is not one GitLab accepts: letters, digits, ".", "-" and "_", starting with a ` +
          'letter, ending with a letter or digit, no two separators in a row.',
      );
    }
    if (taken.has(lower)) {
      throw new UserError(`"${name}" is set by GitLab on every delivery; a custom header cannot override it.`);
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
