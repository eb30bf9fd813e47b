import { describe, expect, it } from 'vitest';
import { guardPermissions, permissionCheckHandler, permissionRequestHandler } from '../../../src/main/faces/electron/permissions';

const ORIGIN = 'app://hookbench';
const PAGE = `${ORIGIN}/index.html#/inbox`;

function requested(permission: string, requestingUrl: string, isMainFrame: boolean): boolean {
  let granted: boolean | undefined;
  permissionRequestHandler(ORIGIN)(null, permission, (answer) => (granted = answer), { requestingUrl, isMainFrame });
  if (granted === undefined) throw new Error('the request handler never answered');
  return granted;
}

const checked = (permission: string, requestingUrl: string | undefined, isMainFrame: boolean, origin = ORIGIN) =>
  permissionCheckHandler(ORIGIN)(null, permission, origin, { requestingUrl, isMainFrame });

describe('permissions of the window', () => {
  it("allow clipboard writes (every Copy button) from the app's own main frame", () => {
    expect(requested('clipboard-sanitized-write', PAGE, true)).toBe(true);
    expect(checked('clipboard-sanitized-write', PAGE, true)).toBe(true);
    expect(checked('clipboard-sanitized-write', undefined, true)).toBe(true);
  });

  it('deny clipboard writes from a subframe or another origin', () => {
    expect(requested('clipboard-sanitized-write', PAGE, false)).toBe(false);
    expect(requested('clipboard-sanitized-write', 'https://evil.example/', true)).toBe(false);
    expect(requested('clipboard-sanitized-write', 'app://hookbench.evil.example/', true)).toBe(false);
    expect(checked('clipboard-sanitized-write', undefined, true, 'https://evil.example')).toBe(false);
    expect(checked('clipboard-sanitized-write', PAGE, false)).toBe(false);
  });

  it('deny everything else, even to the app itself: reading the clipboard, notifications, media, geolocation…', () => {
    for (const permission of ['clipboard-read', 'deprecated-sync-clipboard-read', 'notifications', 'media', 'geolocation', 'openExternal', 'fullscreen', 'unknown']) {
      expect(requested(permission, PAGE, true), permission).toBe(false);
      expect(checked(permission, PAGE, true), permission).toBe(false);
    }
  });

  it('are installed on the session as both the request and the check handler', () => {
    const installed: string[] = [];
    guardPermissions(
      {
        setPermissionRequestHandler: (handler) => installed.push(handler ? 'request' : 'cleared'),
        setPermissionCheckHandler: (handler) => installed.push(handler ? 'check' : 'cleared'),
      },
      ORIGIN,
    );
    expect(installed).toEqual(['request', 'check']);
  });
});
