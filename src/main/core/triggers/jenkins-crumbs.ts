import type { RawHeaders } from '@shared/delivery';
import { isAnswered, sendRequest } from '../sender/send-request';
import { endpoint } from './prepared-trigger';

export interface CrumbTransport {
  timeoutMs: number;
  verifyTls: boolean;
}

/** The headers that carry a crumb, and the secret values in them (the crumb and the session cookie). */
export interface CrumbHeaders {
  headers: RawHeaders;
  secrets: string[];
  /** True when they came from the cache, so a refusal may mean they went stale. */
  cached: boolean;
}

/** A crumb and the session it is bound to (Jenkins 2.176.2+), or the knowledge that CSRF protection is off. */
type Crumb = { field: string; value: string; cookie: string | null } | 'not-needed';

function crumbOf(answer: { status: number; responseHeaders: RawHeaders; responseBody: Uint8Array }): Crumb | null {
  // No crumb issuer: CSRF protection is off, so POSTs need none.
  if (answer.status === 404) return 'not-needed';
  if (answer.status !== 200) return null;
  let json: { crumbRequestField?: unknown; crumb?: unknown };
  try {
    json = JSON.parse(Buffer.from(answer.responseBody).toString('utf8'));
  } catch {
    return null;
  }
  if (typeof json.crumbRequestField !== 'string' || typeof json.crumb !== 'string') return null;
  const cookies = answer.responseHeaders
    .filter(([name]) => name.toLowerCase() === 'set-cookie')
    .map(([, value]) => value.split(';')[0].trim());
  return { field: json.crumbRequestField, value: json.crumb, cookie: cookies.length > 0 ? cookies.join('; ') : null };
}

/**
 * CSRF crumbs for anonymous POSTs to Jenkins, fetched from /crumbIssuer/api/json once per Jenkins and
 * kept in memory with their session cookie. `forget` drops one Jenkins' crumb after Jenkins refused it.
 */
export class JenkinsCrumbs {
  private readonly crumbs = new Map<string, Crumb>();

  async headersFor(baseUrl: string, transport: CrumbTransport): Promise<CrumbHeaders> {
    const key = baseUrl.replace(/\/+$/, '');
    let crumb = this.crumbs.get(key);
    const cached = crumb !== undefined;
    if (crumb === undefined) {
      const answer = await sendRequest({
        method: 'GET', url: endpoint(key, '/crumbIssuer/api/json'), headers: [['Accept', 'application/json']], body: new Uint8Array(), ...transport,
      });
      // Unanswered or refused (no Overall/Read, say): send without one and let the trigger's answer explain.
      const fetched = isAnswered(answer) ? crumbOf(answer) : null;
      if (fetched === null) return { headers: [], secrets: [], cached: false };
      this.crumbs.set(key, fetched);
      crumb = fetched;
    }
    if (crumb === 'not-needed') return { headers: [], secrets: [], cached };
    const headers: RawHeaders = [[crumb.field, crumb.value]];
    if (crumb.cookie) headers.push(['Cookie', crumb.cookie]);
    return { headers, secrets: [crumb.value, ...(crumb.cookie ? [crumb.cookie] : [])], cached };
  }

  forget(baseUrl: string): void {
    this.crumbs.delete(baseUrl.replace(/\/+$/, ''));
  }
}
