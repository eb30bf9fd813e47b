/**
 * What the window may use of the web platform: writing to the clipboard (every Copy button uses
 * navigator.clipboard.writeText, which Chromium gates behind `clipboard-sanitized-write`), from the app's own
 * main frame only. Everything else is denied. Electron is imported for types only, so the handlers are tested in plain Node.
 */
import type { PermissionCheckHandlerHandlerDetails, PermissionRequest, Session } from 'electron';
import { isAllowedNavigation } from '../security';

type Permission = Parameters<NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>>[1];

const ALLOWED_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, frameUrl: string | undefined, isMainFrame: boolean, trustedOrigin: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission as Permission) && isMainFrame && frameUrl !== undefined && isAllowedNavigation(frameUrl, trustedOrigin);
}

export function permissionRequestHandler(trustedOrigin: string) {
  return (_contents: unknown, permission: string, callback: (granted: boolean) => void, details: Pick<PermissionRequest, 'isMainFrame' | 'requestingUrl'>) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, details.isMainFrame, trustedOrigin));
}

export function permissionCheckHandler(trustedOrigin: string) {
  return (_contents: unknown, permission: string, requestingOrigin: string, details: Pick<PermissionCheckHandlerHandlerDetails, 'isMainFrame' | 'requestingUrl'>) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame, trustedOrigin);
}

/** Installs both handlers on a session. */
export function guardPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, trustedOrigin: string): void {
  session.setPermissionRequestHandler(permissionRequestHandler(trustedOrigin));
  session.setPermissionCheckHandler(permissionCheckHandler(trustedOrigin));
}
