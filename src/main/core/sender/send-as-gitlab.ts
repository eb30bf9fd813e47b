import type { DeliveryIds, SendSampleRequest } from '@shared/contract';
import type { RawHeaders } from '@shared/delivery';
import { GITLAB_BODY_LIMIT_BYTES, type Settings } from '@shared/settings';
import type { DeliveryRecord } from '../store/delivery-record';
import { UserError } from '@shared/user-error';
import { gitlabHeaders } from './gitlab-headers';
import { splitUserInfo } from './http-url';
import { outboundRecord } from './outbound-record';
import { requestBody } from './payload-body';
import { sendRequest } from './send-request';

export interface GitlabDelivery {
  /** The ids and timestamp to send; fresh ones when omitted. */
  ids?: DeliveryIds;
  /** The receiver's URL; `user:pass@` in it becomes Basic auth, as GitLab does. */
  to: string;
  event: string;
  body: Uint8Array;
  gitlabUrl: string;
  gitlabVersion: string;
  secretToken?: string | null;
  signingToken?: string | null;
  customHeaders?: RawHeaders;
  timeoutMs: number;
  verifyTls: boolean;
}

/** A checked send request (not a resend), completed by the Sending settings. */
export function gitlabDeliveryFor(request: SendSampleRequest, sending: Settings['sending']): GitlabDelivery {
  return {
    to: request.to,
    event: request.event,
    body: requestBody(request) ?? new Uint8Array(),
    ids: request.ids,
    gitlabUrl: request.gitlabUrl ?? sending.gitlabUrl,
    gitlabVersion: sending.gitlabVersion,
    secretToken: request.secretToken,
    signingToken: request.signingToken,
    customHeaders: request.headers,
    timeoutMs: sending.timeoutMs,
    verifyTls: request.verifyTls ?? sending.verifyTls,
  };
}

/**
 * The URL and headers a delivery goes out with: what Compose previews and what sendAsGitlab sends, built in
 * one place so the two cannot differ (beyond the ids and timestamp when not given, fresh on every call).
 */
export function gitlabRequest(delivery: GitlabDelivery): { url: string; headers: RawHeaders } {
  if (delivery.body.byteLength > GITLAB_BODY_LIMIT_BYTES) {
    throw new UserError(`GitLab does not send bodies over 25 MB; this one is ${delivery.body.byteLength} bytes.`);
  }
  const { url, authorization } = splitUserInfo(delivery.to);
  const headers = gitlabHeaders({
    event: delivery.event,
    gitlabUrl: delivery.gitlabUrl,
    gitlabVersion: delivery.gitlabVersion,
    secretToken: delivery.secretToken,
    signingToken: delivery.signingToken,
    customHeaders: delivery.customHeaders,
    authorization,
    body: delivery.body,
    idempotencyKey: delivery.ids?.idempotencyKey,
    webhookUuid: delivery.ids?.webhookUuid,
    eventUuid: delivery.ids?.eventUuid,
    now: delivery.ids && delivery.ids.timestamp * 1000,
  });
  return { url, headers };
}

/** Sends a payload the way GitLab delivers a webhook, and returns the exchange as a storable delivery. */
export async function sendAsGitlab(delivery: GitlabDelivery): Promise<DeliveryRecord> {
  const { url, headers } = gitlabRequest(delivery);
  const result = await sendRequest({
    method: 'POST', url, headers, body: delivery.body, timeoutMs: delivery.timeoutMs, verifyTls: delivery.verifyTls,
  });
  return outboundRecord({ origin: 'sample', method: 'POST', url, body: delivery.body, result, event: delivery.event });
}
