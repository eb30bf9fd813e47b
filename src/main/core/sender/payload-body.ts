import type { SendSampleRequest } from '@shared/contract';
import { compactAsGitlab, type PayloadSerialization } from '@shared/gitlab-json';
import { UserError } from '@shared/user-error';

/** The bytes a payload's text goes out as: GitLab's compact JSON, or the text exactly as typed. */
export function payloadBody(payload: string, serialization: PayloadSerialization): Uint8Array {
  if (serialization === 'as-typed') return Buffer.from(payload, 'utf8');
  const compact = compactAsGitlab(payload);
  if (!compact.ok) {
    throw new UserError(
      `The payload is not valid JSON (${compact.message} at line ${compact.line}, column ${compact.column}), so it cannot ` +
        'be sent as GitLab would. Fix it, or choose to send the text as typed.',
    );
  }
  return Buffer.from(compact.text, 'utf8');
}

/**
 * The bytes a checked send request carries: given as bytes (payloadBase64, e.g. a file's), or its text as chosen;
 * null when a resend keeps its delivery's own bytes.
 */
export function requestBody(request: SendSampleRequest): Uint8Array | null {
  if (request.payloadBase64 !== undefined) return Buffer.from(request.payloadBase64, 'base64');
  if (request.payload === null || request.payload === undefined) return null;
  return payloadBody(request.payload, request.serialization ?? 'gitlab');
}
