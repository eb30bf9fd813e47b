import type { Provider, RawHeaders } from '@shared/delivery';
import { headerValue } from '@shared/headers';
import { GITLAB_BODY_LIMIT_BYTES } from '@shared/settings';
import { UserError } from '@shared/user-error';
import type { DeliveryRecord } from '../store/delivery-record';
import { secretTokenHeaderValue, SECRET_TOKEN_HEADER } from '../verify/secret-token';
import { wireHeaders } from './gitlab-headers';
import { splitUserInfo } from './http-url';
import { outboundRecord } from './outbound-record';
import { replayHeaders, setHeader, withUrlAuthorization } from './replay-headers';
import { sendRequest } from './send-request';

/** Edit and resend: a delivery's own method and headers, as the user left them, with a body of their choosing. */
export interface Resend {
  parentId: number;
  provider: Provider;
  method: string;
  to: string;
  /** The delivery's headers as edited: sent as they are, less the connection's own (sendRequest writes those). */
  headers: RawHeaders;
  body: Uint8Array;
  /** Sent as X-Gitlab-Token in place of any the headers carry. */
  secretToken?: string | null;
  /** With it, webhook-timestamp and webhook-signature are made afresh for the body sent. */
  signingToken?: string | null;
  timeoutMs: number;
  verifyTls: boolean;
}

/** The URL and headers a resend goes out with: what Compose previews and what sendResend sends. */
export function resendRequest(resend: Resend): { url: string; headers: RawHeaders } {
  if (resend.body.byteLength > GITLAB_BODY_LIMIT_BYTES) {
    throw new UserError(`Hookbench sends bodies up to 25 MB, as GitLab does; this one is ${resend.body.byteLength} bytes.`);
  }
  const { url, authorization } = splitUserInfo(resend.to);
  let headers = resend.headers;
  if (resend.secretToken) headers = setHeader(headers, SECRET_TOKEN_HEADER, secretTokenHeaderValue(resend.secretToken));
  headers = replayHeaders(headers, { keepIdempotencyKey: true, signingToken: resend.signingToken ?? null, body: resend.body, now: Date.now() });
  return { url, headers: wireHeaders(withUrlAuthorization(headers, authorization)) };
}

/** Sends the edited delivery and returns the exchange as a replay linked to the delivery it came from. */
export async function sendResend(resend: Resend): Promise<DeliveryRecord> {
  const { url, headers } = resendRequest(resend);
  const result = await sendRequest({
    method: resend.method, url, headers, body: resend.body, timeoutMs: resend.timeoutMs, verifyTls: resend.verifyTls,
  });
  return outboundRecord({
    origin: 'replay', parentId: resend.parentId, method: resend.method, url, body: resend.body, result,
    event: headerValue(headers, 'X-Gitlab-Event') ?? null, provider: resend.provider,
  });
}
