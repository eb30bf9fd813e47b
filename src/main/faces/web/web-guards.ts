/**
 * The web face's checks, kept pure so they read (and test) on their own: who may talk to the API.
 * The face binds to 127.0.0.1; these stop other web pages in the user's browser (wrong Origin, DNS
 * rebinding through a foreign Host name) and other local users without the token.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export function createToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant time whatever the lengths: both sides are hashed to the same size first. */
export function tokensMatch(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The Host header must name this face by a loopback name and its own port. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return LOOPBACK_NAMES.some((name) => host.toLowerCase() === `${name}:${port}`);
}

/** A browser's Origin must be the UI's own; a missing Origin is a non-browser client (curl, tests). */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return LOOPBACK_NAMES.some((name) => origin.toLowerCase() === `http://${name}:${port}`);
}

export function bearerToken(headers: IncomingHttpHeaders): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  return match ? match[1]! : null;
}

/** Why an API request or WebSocket upgrade is refused, in words; null when it may proceed. */
export function apiRefusal(headers: IncomingHttpHeaders, token: string | null, expectedToken: string, port: number): string | null {
  if (!isAllowedHost(headers.host, port)) {
    return `Refused: the Host header "${headers.host ?? ''}" is not this Hookbench UI (use http://127.0.0.1:${port}/).`;
  }
  if (!isAllowedOrigin(headers.origin, port)) {
    return `Refused: requests from ${headers.origin} may not use the Hookbench API.`;
  }
  if (!tokensMatch(token, expectedToken)) {
    return 'Refused: a valid token is required. Open the UI with the URL `hookbench serve` printed (it ends in ?token=…).';
  }
  return null;
}
