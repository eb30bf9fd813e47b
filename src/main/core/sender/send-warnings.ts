/**
 * The known traps of a send or a replay, in words, before it goes: every face shows them (the CLI prints
 * them above its summary, Compose beside its headers, the Inbox beside Replay).
 */
import type { ReplayRequest, SendSampleRequest } from '@shared/contract';
import type { DeliveryDetail } from '@shared/delivery';
import { triggerKindOfUrl } from '@shared/trigger-explain';
import { triggerWarnings } from '@shared/trigger-warnings';

/** A webhook aimed at a trigger URL meets the trigger's traps (GitLab refuses a Pipeline Hook there with 403). */
export function sendWarnings(request: SendSampleRequest): string[] {
  if (triggerKindOfUrl(request.to) !== 'gitlab-trigger') return [];
  return triggerWarnings({ method: 'POST', url: request.to, headers: [['X-Gitlab-Event', request.event]], body: request.payload ?? Buffer.from(request.payloadBase64 ?? '', 'base64').toString('utf8') });
}

/** The signature covers webhook-id and webhook-timestamp: kept as it was, it fails a receiver's check after 5 minutes. */
export function replayWarnings(original: DeliveryDetail, request: ReplayRequest): string[] {
  const signed = original.requestHeaders.some(([name]) => name.toLowerCase() === 'webhook-signature');
  if (!signed || request.signingToken) return [];
  return [
    'The original webhook-signature is sent as it was; it will not verify with a new id or after 5 minutes. ' +
      'Give the signing token to re-sign it: in Compose, or with hookbench replay --signing-token.',
  ];
}
