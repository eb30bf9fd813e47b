/**
 * The known traps of a send or a replay, in words, before it goes: every face shows them (the CLI prints
 * them above its summary, Compose beside its headers, the Inbox beside Replay).
 */
import type { ReplayRequest, SendSampleRequest } from '@shared/contract';
import type { DeliveryDetail, RawHeaders } from '@shared/delivery';
import { triggerKindOfUrl } from '@shared/trigger-explain';
import { requestWarnings } from '../triggers/request-warnings';
import { splitUserInfo } from './http-url';
import { replayTarget } from './replay';
import { withUrlAuthorization } from './replay-headers';

/** The headers a trigger URL's checks read: the event, the token, Basic auth from user:pass@, and the custom ones. */
function judgedHeaders(request: SendSampleRequest): RawHeaders {
  const headers: RawHeaders = request.resendOf ? [...(request.headers ?? [])] : [['X-Gitlab-Event', request.event], ...(request.headers ?? [])];
  if (request.secretToken && !request.resendOf) headers.push(['X-Gitlab-Token', request.secretToken]);
  return withUrlAuthorization(headers, splitUserInfo(request.to).authorization);
}

/** A webhook aimed at a trigger URL meets the trigger's traps (GitLab refuses a Pipeline Hook there with 403, Jenkins' plugin its own). */
export function sendWarnings(request: SendSampleRequest): string[] {
  const kind = triggerKindOfUrl(request.to);
  if (kind !== 'gitlab-trigger' && kind !== 'jenkins-gitlab-plugin') return [];
  const body = request.payload ?? Buffer.from(request.payloadBase64 ?? '', 'base64').toString('utf8');
  return requestWarnings({ method: request.resendOf?.method ?? 'POST', url: request.to, headers: judgedHeaders(request), body }, kind);
}

/** The signature covers webhook-id and webhook-timestamp: kept as it was, it fails a receiver's check after 5 minutes. */
function signatureWarnings(original: DeliveryDetail, request: ReplayRequest): string[] {
  const signed = original.requestHeaders.some(([name]) => name.toLowerCase() === 'webhook-signature');
  if (!signed || request.signingToken) return [];
  return [
    'The original webhook-signature is sent as it was; it will not verify with a new id or after 5 minutes. ' +
      'Give the signing token to re-sign it: in Compose, or with hookbench replay --signing-token.',
  ];
}

/**
 * A replay towards a Jenkins `/project/` URL gets the plugin's verdict on the delivery's own bytes, read only
 * then: the inspector asks this of every delivery it opens, and a 25 MB body would be read for nothing.
 */
export async function replayWarnings(original: DeliveryDetail, request: ReplayRequest, body: () => Promise<Uint8Array>): Promise<string[]> {
  const target = request.to !== undefined ? replayTarget(request.to, original.url) : original.origin === 'captured' ? null : original.url;
  const jenkins = target !== null && triggerKindOfUrl(target) === 'jenkins-gitlab-plugin'
    ? requestWarnings({ method: original.method, url: target, headers: withUrlAuthorization(original.requestHeaders, splitUserInfo(target).authorization), body: Buffer.from(await body()).toString('utf8') }, 'jenkins-gitlab-plugin')
    : [];
  return [...signatureWarnings(original, request), ...jenkins];
}
