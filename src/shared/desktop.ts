/**
 * What only the desktop app offers the renderer, outside the contract: the preload exposes it as
 * `window.hookbench.desktop`, the web face does not, so the renderer treats every part as optional.
 */
export type DesktopAction = 'openFolder';

export interface DesktopBridge {
  /** Opens one of the core's folders (samples, presets) in the file manager; rejects with the reason. */
  openFolder(path: string): Promise<void>;
}
