import type { RawHeaders } from '@shared/delivery';
import { maskSecret } from '@shared/secrets';
import { SECRET_TOKEN_HEADER } from '../verify/secret-token';
import { gitlabRequest, type GitlabDelivery } from './send-as-gitlab';

/** Masked for display: the value is the secret itself, or the user:pass of Basic auth. */
function maskedValue(name: string, value: string): string {
  if (name.toLowerCase() === SECRET_TOKEN_HEADER.toLowerCase()) return maskSecret(value);
  if (name.toLowerCase() !== 'authorization') return value;
  const [scheme, credentials] = value.split(' ', 2);
  return credentials === undefined ? maskSecret(value) : `${scheme} ${maskSecret(credentials)}`;
}

/** Headers about to be sent, secrets masked. */
export function previewMasked(headers: RawHeaders): RawHeaders {
  return headers.map(([name, value]) => [name, maskedValue(name, value)]);
}

/** The headers a delivery will be sent with, as gitlabRequest builds them for sending, secrets masked. */
export function previewGitlabHeaders(delivery: GitlabDelivery): RawHeaders {
  return previewMasked(gitlabRequest(delivery).headers);
}
