/**
 * The Electron face: window, menu, lifecycle, dialogs, safeStorage and the one IPC channel, relayed to the core
 * running in its own utility process, so no store query or big body can freeze the window.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, Menu, Notification, app, dialog, ipcMain, protocol, safeStorage, session, shell, utilityProcess, type WebContents } from 'electron';
import { MENU_CHANNEL } from '@shared/ipc-channels';
import { resolveDataDir } from '../../core/data-dir';
import { electronPaths } from './app-paths';
import { CoreRelay } from './core-relay';
import { installDesktopActions, writePrivateFile } from './desktop-actions';
import { installIpc } from './ipc';
import { keychainSecretKey } from './keychain-key';
import { LinkOpener, registerLinkScheme } from './link-opener';
import { menuTemplate, shortcutsText } from './menu';
import { guardPermissions } from './permissions';
import { createRedNotifier } from './red-notifier';
import { rendererLocation } from './renderer-location';
import { startOrExplain } from './startup-failure';
import { utilityCoreSpawner } from './utility-core';
import { WindowRegistry } from './window-registry';
import { readRendererFile } from '../renderer-files';
import { APP_ORIGIN, APP_SCHEME, RENDERER_RESPONSE_HEADERS, isAllowedNavigation, isSafeExternalUrl, secureWebPreferences } from '../security';

const rendererDir = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.js');
const coreEntryPath = join(__dirname, 'core.js');
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

const links = new LinkOpener({
  showWindow: () => {
    windows.onSecondInstance();
    return windows.current() ?? windows.open();
  },
  refuse: (message) => dialog.showErrorBox('Hookbench link', message),
});
// Before ready: macOS gives the link that launched the app as soon as it can.
app.on('open-url', (event, url) => {
  event.preventDefault();
  links.open(url);
});

function showShortcuts(): void {
  const options = { type: 'info' as const, title: 'Keyboard Shortcuts', message: 'Keyboard Shortcuts', detail: shortcutsText() };
  const window = windows.current();
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** Quitting waits for the core to flush and close the store, so nothing acknowledged is lost. */
function closeCoreBeforeQuit(relay: CoreRelay): void {
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void relay.close().finally(() => app.exit(0));
  });
}

function notifyRedDeliveries(relay: CoreRelay): Promise<void> {
  const notifier = createRedNotifier({
    enabled: async () => Notification.isSupported() && (await relay.handlers.getSettings()).notifications.redInBackground,
    inBackground: () => BrowserWindow.getFocusedWindow() === null,
    notify: (title, body) => {
      const notification = new Notification({ title, body });
      notification.on('click', windows.onSecondInstance);
      notification.show();
    },
  });
  relay.subscribe(notifier.listener);
  return Promise.resolve(relay.handlers.getCounts()).then(notifier.seed);
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();

  guardAllWebContents();
  serveRendererOverAppScheme();
  // File → Import… opens the focused window's own file picker: the renderer reads the file and imports it.
  const importFile = () => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_CHANNEL, 'import');
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', showShortcuts, importFile)));

  // safeStorage stays here; the core gets the unwrapped key once, at each start of its process.
  const secretKey = keychainSecretKey(safeStorage, dataDir, process.platform);
  const relay = new CoreRelay({
    spawn: utilityCoreSpawner((path, args, options) => utilityProcess.fork(path, args, options), coreEntryPath),
    startMessage: () => ({ type: 'start', dataDir, secretKey }),
  });
  // A data-folder problem is a store state the window shows; a rejection here is a failure before any window.
  for (const warning of await relay.start()) console.warn(warning);
  closeCoreBeforeQuit(relay);
  installIpc(ipcMain, relay, renderer.trustedOrigin, () => BrowserWindow.getAllWindows().map((window) => window.webContents));
  installDesktopActions(ipcMain, renderer.trustedOrigin, {
    knownFolders: async () => [(await relay.handlers.listSavedSamples()).folder, (await relay.handlers.listTriggerPresets()).folder],
    openPath: (path) => shell.openPath(path),
    showOpenDialog: (options) => {
      // On the window that asked (the focused one), so the dialog is modal to it, as a sheet on macOS.
      const window = BrowserWindow.getFocusedWindow();
      return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const window = BrowserWindow.getFocusedWindow();
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
    exportText: async (format, ids) => relay.handlers.exportDeliveries(format, ids),
    writeFile: writePrivateFile,
  });
  await notifyRedDeliveries(relay);

  windows.open();
  if (!registerLinkScheme(app, process)) console.warn('Hookbench could not register itself for hookbench:// links; they will not open it.');
  links.start(process.argv);
  app.on('second-instance', links.onSecondInstance);
  app.on('activate', windows.onActivate);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

void startOrExplain(main, { showErrorBox: (title, content) => dialog.showErrorBox(title, content), exit: (code) => app.exit(code) }, () => dataDir);
