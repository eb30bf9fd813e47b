import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  RENDERER_RESPONSE_HEADERS,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSenderUrl,
  secureWebPreferences,
} from '../../src/main/faces/security';

const source = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Directives of a CSP as a map, so assertions do not depend on their order. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe('window preferences', () => {
  it('isolate the renderer: context isolation, sandbox, no Node, web security, no webview', () => {
    const prefs = secureWebPreferences('/app/preload.js');
    expect(prefs).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts, workers and connections only from our own origin', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  it("allows inline styles (Monaco needs them) but never inline or evaluated scripts", () => {
    expect(csp.get('style-src')).toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|blob:|\*/);
  });

  it('is sent with every renderer file', () => {
    expect(RENDERER_RESPONSE_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('navigation and links', () => {
  it('keeps the window on our own origin', () => {
    expect(isAllowedNavigation(`${APP_ORIGIN}/index.html#inbox`, APP_ORIGIN)).toBe(true);
    expect(isAllowedNavigation('https://gitlab.com/', APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation('app://hookbench.evil.example/', APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation('not a url', APP_ORIGIN)).toBe(false);
  });

  it('opens outside only plain http(s) links without credentials', () => {
    expect(isSafeExternalUrl('https://docs.gitlab.com/user/project/integrations/webhooks/')).toBe(true);
    expect(isSafeExternalUrl('http://127.0.0.1:8000/')).toBe(true);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
    expect(isSafeExternalUrl('https://user:pass@example.com/')).toBe(false);
  });

  it('accepts IPC only from frames showing our renderer', () => {
    expect(isTrustedSenderUrl(`${APP_ORIGIN}/index.html`, APP_ORIGIN)).toBe(true);
    expect(isTrustedSenderUrl('https://example.com/', APP_ORIGIN)).toBe(false);
    expect(isTrustedSenderUrl(undefined, APP_ORIGIN)).toBe(false);
  });
});

describe('static checks of the Electron face', () => {
  it('the preload exposes exactly call, on and desktop.openFolder, chooseDataFolder, saveExport, onOpenPlace and onMenu, checked against the bridge type, and nothing raw', () => {
    const preload = source('src/preload/index.ts');
    expect(preload).toMatch(/satisfies HookbenchBridge/);
    expect([...preload.matchAll(/exposeInMainWorld\(\s*'(\w+)'\s*,\s*(\w+)\s*\)/g)].map((m) => [m[1], m[2]])).toEqual([['hookbench', 'bridge']]);
    const bridgeBody = preload.slice(preload.indexOf('const bridge = {'), preload.indexOf('} satisfies HookbenchBridge'));
    expect([...bridgeBody.matchAll(/^ {2}(?:async )?(\w+)\(/gm)].map((m) => m[1])).toEqual(['call', 'on']);
    // ipcRenderer is used only on the fixed channels, never handed to the page; no Node from the page.
    expect([...bridgeBody.matchAll(/^ {2}(\w+): \{/gm)].map((m) => m[1])).toEqual(['desktop']);
    expect([...bridgeBody.matchAll(/^ {4}(?:async )?(\w+)\(/gm)].map((m) => m[1])).toEqual(['openFolder', 'chooseDataFolder', 'saveExport', 'onOpenPlace', 'onMenu']);
    expect([...preload.matchAll(/ipcRenderer\.(\w+)\((\w+)/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'on LINK_CHANNEL',
      'invoke CALL_CHANNEL',
      'on EVENT_CHANNEL',
      'removeListener EVENT_CHANNEL',
      'invoke DESKTOP_CHANNEL',
      'invoke DESKTOP_CHANNEL',
      'invoke DESKTOP_CHANNEL',
      'on MENU_CHANNEL',
      'removeListener MENU_CHANNEL',
    ]);
    expect(bridgeBody).not.toMatch(/ipcRenderer(?!\.(invoke|on|removeListener)\()/);
    expect(preload).not.toMatch(/require\(|process\./);
  });

  it('the main process applies the secure prefs and guards every webContents', () => {
    const main = source('src/main/faces/electron/index.ts');
    expect(main).toMatch(/webPreferences: secureWebPreferences\(/);
    expect(main).toMatch(/app\.on\('web-contents-created'/);
    for (const guard of ["'will-navigate'", "'will-redirect'", "'will-attach-webview'", 'setWindowOpenHandler', "action: 'deny'"]) {
      expect(main).toContain(guard);
    }
    // The handlers themselves are tested in electron/permissions.test.ts; here, that the session gets them.
    expect(main).toMatch(/guardPermissions\(session\.defaultSession, /);
    expect(main).toMatch(/requestSingleInstanceLock\(\)/);
    expect(main).toMatch(/RENDERER_RESPONSE_HEADERS/);
    // Nothing in main may weaken the prefs after the fact.
    expect(main).not.toMatch(/sandbox:\s*false|contextIsolation:\s*false|nodeIntegration:\s*true|webSecurity:\s*false/);
  });

  it('the main process keeps window, menu, dialogs and safeStorage; the core runs in its own process', () => {
    const main = source('src/main/faces/electron/index.ts');
    expect(main).not.toMatch(/core\/app-core|createAppCore/);
    expect(main).toMatch(/utilityProcess\.fork\(/);
    const builtMain = source('out/main/index.js');
    const chunks = [...builtMain.matchAll(/require\("\.\/(chunks\/[^"]+)"\)/g)].map((m) => source(`out/main/${m[1]}`));
    for (const code of [builtMain, ...chunks]) expect(code).not.toMatch(/node:sqlite|createAppCore/);
    expect(source('out/main/core.js')).toMatch(/parentPort/);
  });

  it('only the Electron face and the preload import electron at run time', () => {
    const runtimeElectronImport = /^import (?!type )[^;]*from 'electron'/m;
    const electronFaceModules = [
      'ipc', 'menu', 'permissions', 'renderer-location', 'startup-failure', 'window-registry', 'app-paths',
      'core-relay', 'utility-core', 'keychain-key', 'desktop-actions', 'red-notifier',
    ];
    for (const file of [
      ...electronFaceModules.map((name) => `src/main/faces/electron/${name}.ts`),
      'src/main/faces/security.ts',
      'src/main/faces/core-process/core-entry.ts',
      'src/main/faces/core-process/serve-core.ts',
      'src/main/faces/web/web-face.ts',
      'src/main/faces/cli/index.ts',
    ]) {
      expect(source(file), file).not.toMatch(runtimeElectronImport);
    }
  });
});
