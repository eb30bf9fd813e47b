import type { RawHeaders } from '@shared/delivery';
import type { KeyValue, TriggerKind } from '@shared/trigger-preset';

/** How a curl command carries the body: form fields (`--form`), raw text (`--data-raw`), or nothing. */
export type CurlBody = { form: KeyValue[] } | { data: string } | null;

/** One trigger call, ready to send and to show: the exact bytes, and what is secret in them. */
export interface PreparedTrigger {
  kind: TriggerKind;
  method: string;
  /** The full URL, never with user:pass@ (credentials travel in Authorization). */
  url: string;
  /** In the order they are sent; sendRequest adds Host, Content-Length and Connection. */
  headers: RawHeaders;
  body: Uint8Array;
  curlBody: CurlBody;
  /** Sent as Basic auth; curl shows it as `-u user:token`. */
  basicAuth: { user: string; password: string } | null;
  /** Every secret value in the request (tokens, the Basic credentials), to mask in what is shown or stored. */
  secrets: string[];
  /** The X-Gitlab-Event sent, for the plugin; null otherwise. */
  event: string | null;
  /** The Jenkins base URL whose CSRF crumb this anonymous POST needs; null when it needs none. */
  crumbFrom: string | null;
}

/** The settings a trigger is prepared with: the GitLab instance a plugin payload claims to come from. */
export interface TriggerContext {
  gitlabUrl: string;
  gitlabVersion: string;
  /** A plugin payload's exact bytes, given for this call (a file's), in place of the preset's payload. */
  payload?: Uint8Array;
}

/** `${base}${path}` with the query, the base's trailing slashes dropped so paths never double them. */
export function endpoint(baseUrl: string, path: string, query?: URLSearchParams): string {
  const search = query?.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}

/** Basic auth for a Jenkins user's API token: the header value, and its credentials part, which is a secret. */
export function basicAuthorization(user: string, password: string): { header: string; credentials: string } {
  const credentials = Buffer.from(`${user}:${password}`, 'utf8').toString('base64');
  return { header: `Basic ${credentials}`, credentials };
}

/** Each segment of a job path, URL-encoded: `FOLDER/JOB` → ['FOLDER', 'JOB']. */
export function jobSegments(jobPath: string): string[] {
  return jobPath.split('/').filter(Boolean).map(encodeURIComponent);
}

/** A secret given as empty text is no secret at all. */
export function given(secret: string | null | undefined): string | null {
  return secret ? secret : null;
}
