import { RECEIVER_SECRET_NAMES, type SecretName } from '@shared/secrets';
import { UserError } from '@shared/user-error';
import { parseSigningToken } from '../verify/standard-webhooks';

const PRESET_SECRET = /^preset:[^:\p{Cc}]+:(?:token|apiToken)$/u;
const JENKINS_JOB_SECRET = /^jenkins:[^:\p{Cc}]+:token$/u;
/** Far above any real token; a bound so a pasted file cannot end up in secrets.json. */
const MAX_SECRET_LENGTH = 4096;

/** Arguments arrive from IPC and HTTP untyped, so a name is checked before anything is stored under it. */
export function checkedSecretName(name: unknown): SecretName {
  if (typeof name === 'string' && ((RECEIVER_SECRET_NAMES as readonly string[]).includes(name) || PRESET_SECRET.test(name) || JENKINS_JOB_SECRET.test(name))) {
    return name as SecretName;
  }
  throw new UserError(
    `"${String(name)}" is not a secret Hookbench keeps: use ${RECEIVER_SECRET_NAMES.join(', ')}, preset:<file>:token|apiToken, or jenkins:<job>:token.`,
  );
}

/** The value to store, or null to clear; a signing token must be one GitLab could have made. */
export function checkedSecretValue(name: SecretName, value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UserError(`The value of ${name} must be non-empty text; to remove the secret, clear it instead.`);
  }
  if (value.length > MAX_SECRET_LENGTH) throw new UserError(`The value of ${name} is longer than ${MAX_SECRET_LENGTH} characters.`);
  if (name === 'receiver.signingToken') {
    parseSigningToken(value);
    return value.trim();
  }
  return value;
}
