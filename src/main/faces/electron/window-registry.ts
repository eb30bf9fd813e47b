/**
 * The app's windows across the macOS lifecycle: every window, first or reopened from the Dock, is forgotten when
 * it closes, so `activate` and `second-instance` never reach a destroyed window. Typed structurally (no Electron
 * at run time), so the lifecycle is tested against fake windows.
 */
export interface ManagedWindow {
  on(event: 'closed', listener: () => void): unknown;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export class WindowRegistry<W extends ManagedWindow> {
  private readonly windows: W[] = [];

  constructor(private readonly createWindow: () => W) {}

  open(): W {
    const window = this.createWindow();
    this.windows.push(window);
    window.on('closed', () => {
      const index = this.windows.indexOf(window);
      if (index >= 0) this.windows.splice(index, 1);
    });
    return window;
  }

  /** The most recently opened window still open, or null. */
  current(): W | null {
    return this.windows.at(-1) ?? null;
  }

  /** macOS `activate` (Dock icon clicked): a window when none is open, otherwise nothing. */
  readonly onActivate = (): void => {
    if (!this.current()) this.open();
  };

  /** Someone ran the app again: bring ours forward (restored if minimised), or open one if all were closed. */
  readonly onSecondInstance = (): void => {
    const window = this.current();
    if (!window) {
      this.open();
      return;
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
}
