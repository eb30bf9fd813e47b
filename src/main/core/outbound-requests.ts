import type { DeliveryIds, ReplayRequest, ResendOf, SampleRequest, SendSampleRequest } from '@shared/contract';
import type { PayloadSerialization } from '@shared/gitlab-json';
import { UserError } from '@shared/user-error';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes that crossed IPC or HTTP as base64; undefined when not given. */
export function optionalBase64(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length % 4 !== 0 || !BASE64.test(value)) throw new UserError(`${name} must be base64 text.`);
  return value;
}

function optionalText(value: unknown, name: string): string | null | undefined {
  if (value === undefined || value === null || typeof value === 'string') return value;
  throw new UserError(`${name} must be text.`);
}

/** Requests arrive untyped from IPC and HTTP: each field is checked before anything is generated or sent. */
export function checkedSampleRequest(request: unknown): SampleRequest {
  if (!isRecord(request) || typeof request.event !== 'string') throw new UserError('Name the event to generate.');
  if (request.context !== undefined && !isRecord(request.context)) throw new UserError('The sample context must be an object.');
  return {
    event: request.event,
    variant: optionalText(request.variant, 'variant') ?? undefined,
    context: request.context as SampleRequest['context'],
  };
}

const SERIALIZATIONS: readonly PayloadSerialization[] = ['gitlab', 'as-typed'];
/** An HTTP method token (RFC 9110). */
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function checkedIds(ids: unknown): DeliveryIds | undefined {
  if (ids === undefined) return undefined;
  if (!isRecord(ids)) throw new UserError('ids must be an object.');
  for (const name of ['idempotencyKey', 'webhookUuid', 'eventUuid'] as const) {
    if (typeof ids[name] !== 'string' || !ids[name]) throw new UserError(`ids.${name} must be text.`);
  }
  if (!Number.isSafeInteger(ids.timestamp) || (ids.timestamp as number) < 0) throw new UserError('ids.timestamp must be whole Unix seconds.');
  return ids as unknown as DeliveryIds;
}

function checkedResendOf(resendOf: unknown): ResendOf | undefined {
  if (resendOf === undefined) return undefined;
  if (!isRecord(resendOf) || !Number.isSafeInteger(resendOf.id) || (resendOf.id as number) < 1) {
    throw new UserError('resendOf must name the delivery to resend by its id.');
  }
  if (typeof resendOf.method !== 'string' || !METHOD.test(resendOf.method)) {
    throw new UserError(`"${String(resendOf.method)}" is not an HTTP method.`);
  }
  return { id: resendOf.id as number, method: resendOf.method };
}

export function checkedSendRequest(request: unknown): SendSampleRequest {
  if (!isRecord(request)) throw new UserError('The send request must be an object.');
  const { to, event, payload, headers, verifyTls, serialization } = request;
  const resendOf = checkedResendOf(request.resendOf);
  if (typeof to !== 'string' || !to.trim()) throw new UserError('Give the URL to send to.');
  if (typeof event !== 'string' || (!resendOf && !event.trim())) throw new UserError('Name the X-Gitlab-Event to send.');
  const payloadBase64 = optionalBase64(request.payloadBase64, 'payloadBase64');
  if ((payload === undefined) === (payloadBase64 === undefined)) throw new UserError('Give the payload, as text (payload) or as bytes (payloadBase64).');
  if (payload !== undefined && typeof payload !== 'string' && !(payload === null && resendOf)) throw new UserError('The payload must be text.');
  const pairs = headers === undefined ||
    (Array.isArray(headers) && headers.every((h) => Array.isArray(h) && h.length === 2 && h.every((v) => typeof v === 'string')));
  if (!pairs) throw new UserError('Headers must be a list of [name, value] pairs.');
  if (verifyTls !== undefined && typeof verifyTls !== 'boolean') throw new UserError('verifyTls must be true or false.');
  if (serialization !== undefined && !SERIALIZATIONS.includes(serialization as PayloadSerialization)) {
    throw new UserError('serialization must be "gitlab" (compact JSON, as GitLab sends) or "as-typed".');
  }
  return {
    to: to.trim(),
    event,
    payload: payload as string | null | undefined,
    payloadBase64,
    serialization: (serialization as PayloadSerialization | undefined) ?? (resendOf ? 'as-typed' : 'gitlab'),
    ids: checkedIds(request.ids),
    gitlabUrl: optionalText(request.gitlabUrl, 'The GitLab URL') ?? undefined,
    resendOf,
    secretToken: optionalText(request.secretToken, 'The secret token'),
    signingToken: optionalText(request.signingToken, 'The signing token'),
    headers: headers as SendSampleRequest['headers'],
    verifyTls: verifyTls as boolean | undefined,
  };
}

export function checkedReplayRequest(request: unknown): ReplayRequest {
  if (!isRecord(request)) throw new UserError('The replay request must be an object.');
  const { id, keepIdempotencyKey, verifyTls } = request;
  for (const [name, value] of [['keepIdempotencyKey', keepIdempotencyKey], ['verifyTls', verifyTls]] as const) {
    if (value !== undefined && typeof value !== 'boolean') throw new UserError(`${name} must be true or false.`);
  }
  const to = optionalText(request.to, 'The replay target')?.trim();
  return {
    id: id as number,
    to: to || undefined,
    keepIdempotencyKey: keepIdempotencyKey as boolean | undefined,
    signingToken: optionalText(request.signingToken, 'The signing token'),
    verifyTls: verifyTls as boolean | undefined,
  };
}
