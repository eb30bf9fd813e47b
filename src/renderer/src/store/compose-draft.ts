import type { DeliveryIds, ResendOf, SendSampleRequest } from '@shared/contract';
import type { RawHeaders } from '@shared/delivery';
import type { PayloadSerialization } from '@shared/gitlab-json';
import { defaultSettings, type Settings } from '@shared/settings';
import type { SampleContextDraft } from './sample-context-draft';

export interface CustomHeaderRow {
  /** Stable across edits, so React keeps each row's inputs (and focus) when another row is removed. */
  key: number;
  name: string;
  value: string;
}

/** What Compose will send. Tokens live here, in memory only, never in storage. */
export interface ComposeDraft {
  /** The X-Gitlab-Event sent; a catalogue header, or whatever an edited delivery carried. */
  event: string;
  /** The catalogue variant the payload was generated from; null for a payload taken from a delivery. */
  variantId: string | null;
  payload: string;
  target: string;
  secretToken: string;
  signingToken: string;
  headers: CustomHeaderRow[];
  /** Null follows the Sending settings until the user flips the switch. */
  verifyTls: boolean | null;
  /** The ids and timestamp the next Send carries (and the preview shows): new only on Regenerate or New ids. */
  ids: DeliveryIds;
  /** GitLab's compact JSON bytes, or the text exactly as typed. */
  serialization: PayloadSerialization;
  /** Edit and resend: the delivery whose method and headers (the custom header rows) are sent; null for a sample. */
  resendOf: ResendOf | null;
  /** The resent body is not UTF-8 text: `payload` is its hex, shown read-only, and its own bytes are sent. */
  bodyIsBinary: boolean;
}

/** Rows whose name is blank are half-typed, not headers to send. */
export function headerPairs(rows: readonly CustomHeaderRow[]): RawHeaders {
  return rows.filter((row) => row.name.trim()).map((row) => [row.name.trim(), row.value]);
}

/** What Compose sends to `to`: the one request both the send and the headers preview are made from. */
export function sendRequestOf(
  { draft: compose, sampleContext }: { draft: ComposeDraft; sampleContext: SampleContextDraft },
  settings: Settings | null,
  to: string,
): SendSampleRequest {
  return {
    to,
    event: compose.event,
    payload: compose.bodyIsBinary ? null : compose.payload,
    serialization: compose.serialization,
    ids: compose.ids,
    // X-Gitlab-Instance names the instance the payload's URLs point at.
    gitlabUrl: sampleContext.gitlabUrl.trim() || (settings?.sending.gitlabUrl ?? defaultSettings.sending.gitlabUrl),
    ...(compose.resendOf && { resendOf: compose.resendOf }),
    secretToken: compose.secretToken || null,
    signingToken: compose.signingToken || null,
    headers: headerPairs(compose.headers),
    verifyTls: compose.verifyTls ?? settings?.sending.verifyTls ?? defaultSettings.sending.verifyTls,
  };
}
