/**
 * What only the desktop app offers the renderer, outside the contract: the preload exposes it as
 * `window.hookbench.desktop`, the web face does not, so the renderer treats every part as optional.
 */
import type { ExportFormat } from './contract';

export type DesktopAction = 'openFolder' | 'chooseDataFolder' | 'saveExport';

export interface DesktopBridge {
  /** Opens one of the core's folders (samples, presets) in the file manager; rejects with the reason. */
  openFolder(path: string): Promise<void>;
  /** The system's folder dialog, for another data folder: the chosen path, or null when the user cancelled. */
  chooseDataFolder(): Promise<string | null>;
  /**
   * The system's save dialog, then these deliveries exported (secrets masked) into the file chosen, written by the
   * main process: the path written, or null when the user cancelled.
   */
  saveExport(format: ExportFormat, ids: number[]): Promise<string | null>;
  /**
   * The inbox places (`#/inbox?q=…&id=…`) hookbench:// links ask this window to show; one given before the page
   * listened is handed over at once. Returns how to stop listening.
   */
  onOpenPlace(listener: (hash: string) => void): () => void;
  /** The application menu's commands for this window (File → Import…); returns how to stop listening. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
}

export type MenuCommand = 'import';

/** What a desktop action answers: done, or why not in words (shown as is by the button that asked). */
export type DesktopOutcome = { ok: true; result: unknown } | { ok: false; error: string };
