import type { RawHeaders } from '@shared/delivery';
import { explainTriggerFailure, explainTriggerResponse } from '@shared/trigger-explain';
import type { TriggerExplanation, TriggerPreset, TriggerSecrets } from '@shared/trigger-preset';
import { outboundRecord } from '../sender/outbound-record';
import { isAnswered, sendRequest, type SendResult } from '../sender/send-request';
import type { DeliveryRecord } from '../store/delivery-record';
import type { CrumbTransport, JenkinsCrumbs } from './jenkins-crumbs';
import { prepareTrigger } from './prepare-trigger';
import type { PreparedTrigger, TriggerContext } from './prepared-trigger';

export interface SendTriggerOptions extends TriggerContext, CrumbTransport {
  crumbs: JenkinsCrumbs;
}

export interface SentTrigger {
  /** Ready to store: origin `trigger`, the bytes that were sent. */
  record: DeliveryRecord;
  explanation: TriggerExplanation;
  /** Every secret the call carried (tokens, Basic credentials, the crumb and its cookie), for masking what is shown. */
  secrets: string[];
}

const refusedCrumb = (result: SendResult) =>
  isAnswered(result) && result.status === 403 && /no valid crumb/i.test(Buffer.from(result.responseBody).toString('utf8'));

/**
 * Sends with a crumb when the call needs one; a cached crumb Jenkins refuses (its session expired, or
 * Jenkins restarted) is fetched again, once.
 */
async function exchange(prepared: PreparedTrigger, options: SendTriggerOptions): Promise<{ result: SendResult; secrets: string[] }> {
  const transport = { timeoutMs: options.timeoutMs, verifyTls: options.verifyTls };
  const send = (extra: RawHeaders) =>
    sendRequest({ method: prepared.method, url: prepared.url, headers: [...prepared.headers, ...extra], body: prepared.body, ...transport });
  if (!prepared.crumbFrom) return { result: await send([]), secrets: [] };
  const crumb = await options.crumbs.headersFor(prepared.crumbFrom, transport);
  const result = await send(crumb.headers);
  if (!crumb.cached || !refusedCrumb(result)) return { result, secrets: crumb.secrets };
  options.crumbs.forget(prepared.crumbFrom);
  const fresh = await options.crumbs.headersFor(prepared.crumbFrom, transport);
  return { result: await send(fresh.headers), secrets: [...crumb.secrets, ...fresh.secrets] };
}

function explanationOf(prepared: PreparedTrigger, result: SendResult): TriggerExplanation {
  if (!isAnswered(result)) return explainTriggerFailure(prepared.kind, result.errorKind, result.errorMessage);
  return explainTriggerResponse(prepared.kind, result.status, result.responseHeaders, Buffer.from(result.responseBody).toString('utf8'));
}

/** Fires a preset's call and returns it as a delivery, its answer explained, and the secrets to mask in it. */
export async function sendTrigger(preset: TriggerPreset, secrets: TriggerSecrets, options: SendTriggerOptions): Promise<SentTrigger> {
  const prepared = await prepareTrigger(preset, secrets, options);
  const { result, secrets: crumbSecrets } = await exchange(prepared, options);
  const record = outboundRecord({
    origin: 'trigger',
    method: prepared.method,
    url: prepared.url,
    body: prepared.body,
    result,
    event: prepared.event,
    provider: prepared.kind === 'jenkins-remote-build' ? 'other' : 'gitlab',
  });
  return { record, explanation: explanationOf(prepared, result), secrets: [...prepared.secrets, ...crumbSecrets] };
}
