/**
 * The Electron face: window, menu, lifecycle and the one IPC channel. Every behaviour lives in the core.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, session, shell, type WebContents } from 'electron';
import { createAppCore, type AppCore } from '../../core/app-core';
import { resolveDataDir } from '../../core/data-dir';
import { secretKeyFromEnvironment } from '../../core/secrets/passphrase-key';
import { safeStorageKey } from '../../core/secrets/safe-storage-key';
import type { SecretKeyChoice } from '../../core/secrets/secret-key';
import { electronPaths } from './app-paths';
import { installIpc } from './ipc';
import { menuTemplate, shortcutsText } from './menu';
import { guardPermissions } from './permissions';
import { rendererLocation } from './renderer-location';
import { startOrExplain } from './startup-failure';
import { WindowRegistry } from './window-registry';
import { readRendererFile } from '../renderer-files';
import { APP_ORIGIN, APP_SCHEME, RENDERER_RESPONSE_HEADERS, isAllowedNavigation, isSafeExternalUrl, secureWebPreferences } from '../security';

const rendererDir = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.js');
const renderer = rendererLocation(process.env, app.isPackaged);
const dataDir = resolveDataDir(process.env, process.platform, homedir());

// Before ready: Electron's own folders follow the data folder, with Chromium's profile in a subfolder of it.
const paths = electronPaths(dataDir);
app.setPath('userData', paths.userData);
app.setPath('sessionData', paths.sessionData);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

function serveRendererOverAppScheme(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const ours = isAllowedNavigation(request.url, APP_ORIGIN);
    const file = ours ? await readRendererFile(rendererDir, new URL(request.url).pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, ...RENDERER_RESPONSE_HEADERS },
    });
  });
}

/** One set of guards for every webContents, including ones we never meant to create. */
function guardAllWebContents(): void {
  guardPermissions(session.defaultSession, renderer.trustedOrigin);
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const refuseNavigation = (event: Electron.Event, url: string) => {
      if (!isAllowedNavigation(url, renderer.trustedOrigin)) event.preventDefault();
    };
    contents.on('will-navigate', refuseNavigation);
    contents.on('will-redirect', refuseNavigation);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    title: 'Hookbench',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(renderer.url);
  return window;
}

const windows = new WindowRegistry(createWindow);

function showShortcuts(): void {
  const options = { type: 'info' as const, title: 'Keyboard Shortcuts', message: 'Keyboard Shortcuts', detail: shortcutsText() };
  const window = windows.current();
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/**
 * The OS keychain when Electron has a real one. On Linux without a keyring safeStorage falls back to a key
 * built into Chromium ("basic_text"), which protects nothing, so HOOKBENCH_SECRET_KEY or the session is used instead.
 */
function appSecretKey(): SecretKeyChoice {
  const keychain =
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text');
  return keychain ? safeStorageKey(safeStorage) : secretKeyFromEnvironment(process.env);
}

/** Quitting waits for the core to flush and close the store, so nothing acknowledged is lost. */
function closeCoreBeforeQuit(core: AppCore): void {
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void core.close().finally(() => app.exit(0));
  });
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();

  guardAllWebContents();
  serveRendererOverAppScheme();
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', showShortcuts)));

  // A data-folder problem is a store state the window shows; a throw here is a failure before any window.
  const core = await createAppCore({ dataDir, secretKey: appSecretKey() });
  closeCoreBeforeQuit(core);
  installIpc(ipcMain, core, renderer.trustedOrigin, () => BrowserWindow.getAllWindows().map((window) => window.webContents));
  // An occupied port is a receiver state the window shows, not a reason to stop the app.
  void core.start();

  windows.open();
  app.on('second-instance', windows.onSecondInstance);
  app.on('activate', windows.onActivate);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

void startOrExplain(main, { showErrorBox: (title, content) => dialog.showErrorBox(title, content), exit: (code) => app.exit(code) }, () => dataDir);
