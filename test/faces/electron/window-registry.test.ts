import { describe, expect, it } from 'vitest';
import { WindowRegistry, type ManagedWindow } from '../../../src/main/faces/electron/window-registry';

/** A BrowserWindow as far as the lifecycle goes: it records what was done to it and refuses use after close, as Electron does. */
class FakeWindow implements ManagedWindow {
  destroyed = false;
  minimized = false;
  readonly calls: string[] = [];
  private readonly closedListeners: Array<() => void> = [];
  constructor(readonly id: number) {}
  on(_event: 'closed', listener: () => void) {
    this.closedListeners.push(listener);
    return this;
  }
  private use(call: string) {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    this.calls.push(call);
  }
  isMinimized() {
    this.use('isMinimized');
    return this.minimized;
  }
  restore() {
    this.use('restore');
    this.minimized = false;
  }
  show() {
    this.use('show');
  }
  focus() {
    this.use('focus');
  }
  close() {
    this.destroyed = true;
    this.closedListeners.forEach((listener) => listener());
  }
}

function registry() {
  const created: FakeWindow[] = [];
  const windows = new WindowRegistry(() => {
    const window = new FakeWindow(created.length + 1);
    created.push(window);
    return window;
  });
  return { windows, created };
}

describe('the window lifecycle (macOS Dock, second instance)', () => {
  it('a window reopened from the Dock gets its own closed handler, so closing it again and reopening works', () => {
    const { windows, created } = registry();
    windows.open();
    created[0]!.close();
    expect(windows.current()).toBeNull();
    windows.onActivate();
    expect(created).toHaveLength(2);
    created[1]!.close();
    expect(windows.current()).toBeNull();
    windows.onActivate();
    expect(created).toHaveLength(3);
    expect(windows.current()).toBe(created[2]);
  });

  it('activate with a window open opens no other', () => {
    const { windows, created } = registry();
    windows.open();
    windows.onActivate();
    expect(created).toHaveLength(1);
  });

  it('a second instance brings the open window forward, restoring it when minimised', () => {
    const { windows, created } = registry();
    windows.open();
    created[0]!.minimized = true;
    windows.onSecondInstance();
    expect(created[0]!.calls).toEqual(['isMinimized', 'restore', 'show', 'focus']);
    expect(created).toHaveLength(1);
  });

  it('a second instance after every window was closed (macOS keeps the app) opens one, never touching a destroyed window', () => {
    const { windows, created } = registry();
    windows.open();
    windows.onActivate();
    created[0]!.close();
    expect(() => windows.onSecondInstance()).not.toThrow();
    expect(created).toHaveLength(2);
    windows.onSecondInstance();
    expect(created[1]!.calls).toEqual(['isMinimized', 'show', 'focus']);
  });
});
