import type { Verdict } from '@shared/delivery';
import { NOT_CONFIGURED, type CheckResult } from './check-result';
import { verifyToken } from './secret-token';
import { parseSigningToken, verifySignature } from './standard-webhooks';

/** What the receiver checks on each delivery; set per run (`listen --secret-token …`). */
export interface ReceiverVerification {
  secretToken: string | null;
  signingToken: string | null;
  /** Answer 401 to a delivery whose configured check fails, as the Jenkins GitLab plugin does. */
  rejectInvalid: boolean;
}

export const NO_VERIFICATION: ReceiverVerification = { secretToken: null, signingToken: null, rejectInvalid: false };

export interface DeliveryChecks {
  token: CheckResult;
  signature: CheckResult;
  /** Why the delivery is refused, when it is. */
  rejection: string | null;
}

const FAILED: ReadonlySet<Verdict> = new Set(['invalid', 'missing']);

/** Throws a UserError in words for a signing token GitLab could not have made, before any delivery arrives. */
export function checkVerification(verification: ReceiverVerification): ReceiverVerification {
  if (verification.signingToken) parseSigningToken(verification.signingToken);
  return verification;
}

/** The verdicts for one captured delivery; flat raw headers as node gives them. */
export function checkDelivery(
  verification: ReceiverVerification,
  rawHeaders: readonly string[],
  body: Uint8Array,
  nowMs: number,
): DeliveryChecks {
  if (!verification.secretToken && !verification.signingToken) {
    return { token: NOT_CONFIGURED, signature: NOT_CONFIGURED, rejection: null };
  }
  const headers: Array<[string, string]> = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) headers.push([rawHeaders[i], rawHeaders[i + 1]]);
  const token = verifyToken({ secretToken: verification.secretToken, headers });
  const signature = verifySignature({
    signingToken: verification.signingToken, headers, body, nowSeconds: Math.floor(nowMs / 1000),
  });
  const failure = [token, signature].find((check) => FAILED.has(check.verdict));
  const rejection = verification.rejectInvalid && failure ? `Invalid token: ${failure.reason ?? failure.verdict}` : null;
  return { token, signature, rejection };
}
