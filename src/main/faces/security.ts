/**
 * The security posture of every face that shows the renderer, in one place so that a test can read it.
 * Pure: the Electron face applies these, the web face sends the same CSP.
 */
import type { WebPreferences } from 'electron';

/** The renderer's origin in Electron: a privileged standard scheme, so it gets a real origin (not file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hookbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/**
 * Monaco needs inline styles ('unsafe-inline' in style-src only); its workers and codicon font are
 * same-origin files of the build. connect-src 'self' also covers the web face's same-host WebSocket.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every renderer file, by the app:// protocol and by the web face alike. */
export const RENDERER_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The only navigation a window may make is within the renderer's own origin (a reload, a hash change).
 * Compared by scheme and host, not URL.origin: Node's URL gives "null" as the origin of app:// URLs.
 */
export function isAllowedNavigation(url: string, trustedOrigin: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && `${parsed.protocol}//${parsed.host}` === trustedOrigin;
}

/** Links may leave the app only as plain http(s) URLs without credentials, opened in the user's browser. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && !parsed.username && !parsed.password;
}

/** Whether an IPC message comes from a frame showing our renderer (not a stray iframe or a navigated page). */
export function isTrustedSenderUrl(url: string | undefined, trustedOrigin: string): boolean {
  return url !== undefined && isAllowedNavigation(url, trustedOrigin);
}
