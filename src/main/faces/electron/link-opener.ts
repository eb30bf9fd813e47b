/**
 * What the desktop app does with a hookbench:// link, wherever it came from (macOS `open-url`, a second instance's
 * argv on Windows and Linux, this instance's own argv at start): the window comes forward and shows the place, or
 * the user is told in words why the link cannot be opened. Typed structurally (no Electron at run time), so it is
 * tested with fakes.
 */
import { resolve } from 'node:path';
import { LINK_CHANNEL } from '@shared/ipc-channels';
import { LINK_SCHEME, linkInArgv, parseHookbenchLink } from './hookbench-link';

export interface LinkWindow {
  webContents: { send(channel: string, ...args: unknown[]): void };
}

export interface LinkOpenerDeps<W extends LinkWindow> {
  /** Brings the app's window forward (restored if minimised), opening one if none is open; returns it. */
  showWindow(): W;
  /** Tells the user why a link cannot be opened (a dialog). */
  refuse(message: string): void;
}

export class LinkOpener<W extends LinkWindow> {
  private ready = false;
  private waiting: string | null = null;

  constructor(private readonly deps: LinkOpenerDeps<W>) {}

  /** macOS hands a link over before the app is ready: it waits, and the last one given is shown. */
  open(link: string): void {
    if (!this.ready) {
      this.waiting = link;
      return;
    }
    const parsed = parseHookbenchLink(link);
    if ('error' in parsed) {
      this.deps.refuse(parsed.error);
      return;
    }
    // The preload keeps the last place until the page listens, so a window still loading gets it too.
    this.deps.showWindow().webContents.send(LINK_CHANNEL, parsed.hash);
  }

  /** Another launch of the app: its link if it had one, otherwise just this window brought forward. */
  readonly onSecondInstance = (_event: unknown, argv: readonly string[]): void => {
    const link = linkInArgv(argv);
    if (link) this.open(link);
    else this.deps.showWindow();
  };

  /** The window can be shown now: opens the link waiting, or the one this instance was started with. */
  start(argv: readonly string[]): void {
    this.ready = true;
    const link = this.waiting ?? linkInArgv(argv);
    this.waiting = null;
    if (link) this.open(link);
  }
}

export interface ProtocolRegistrar {
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
}

/**
 * Makes this app the one the system opens hookbench:// links with. Run from source (`electron .`), the system must
 * start Electron with the app's folder, or it would open Electron's default app instead.
 */
export function registerLinkScheme(app: ProtocolRegistrar, process: { defaultApp?: boolean; execPath: string; argv: readonly string[] }): boolean {
  if (process.defaultApp && process.argv[1]) return app.setAsDefaultProtocolClient(LINK_SCHEME, process.execPath, [resolve(process.argv[1])]);
  return app.setAsDefaultProtocolClient(LINK_SCHEME);
}
