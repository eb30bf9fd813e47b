/** The one key map: what the handlers match is what the `?` list and the desktop Help menu say. */
import { describe, expect, it } from 'vitest';
import { cursorStep, KEY_MAP, keysLabel, matchesKey, shortcutList } from '@shared/key-map';
import { shortcutsText } from '../../../src/main/faces/electron/menu';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key, ctrlKey: false, metaKey: false, altKey: false, ...mods,
});

describe('the shared key map', () => {
  it('matches plain keys only without Ctrl/Cmd/Alt, and Send only with Ctrl or Cmd', () => {
    expect(matchesKey('replay', press('r'))).toBe(true);
    expect(matchesKey('replay', press('R'))).toBe(true);
    expect(matchesKey('replay', press('r', { ctrlKey: true }))).toBe(false); // Ctrl+R reloads
    expect(matchesKey('help', press('?'))).toBe(true);
    expect(matchesKey('send', press('Enter'))).toBe(false);
    expect(matchesKey('send', press('Enter', { metaKey: true }))).toBe(true);
    expect(matchesKey('send', press('Enter', { ctrlKey: true }))).toBe(true);
    expect(matchesKey('open', press('Enter', { ctrlKey: true }))).toBe(false);
  });

  it('is the list the desktop Help menu shows, line for line, `?` included', () => {
    const lines = shortcutsText().split('\n');
    expect(lines).toHaveLength(Object.keys(KEY_MAP).length);
    shortcutList().forEach(({ keys, action }, i) => expect(lines[i]).toBe(`${keys.padEnd(20)}${action}`));
    expect(shortcutsText()).toContain('?                   Show this list of shortcuts');
  });

  it('moves the list cursor by the steps it lists: one row, a page of 20, or to either end', () => {
    expect([press('ArrowUp'), press('ArrowDown'), press('PageUp'), press('PageDown'), press('Home'), press('End')].map(cursorStep))
      .toEqual([-1, 1, -20, 20, -Infinity, Infinity]);
    expect(KEY_MAP.page.action).toContain(`Move ${KEY_MAP.page.steps[1]} deliveries`);
    expect(cursorStep(press('ArrowDown', { altKey: true }))).toBeUndefined();
    expect(cursorStep(press('End', { metaKey: true }))).toBeUndefined();
    expect(cursorStep(press('r'))).toBeUndefined();
  });

  it('writes Send as Ctrl/Cmd in the list and as the platform writes it beside the button; Esc closes', () => {
    expect(keysLabel('send')).toBe('Ctrl/Cmd+Enter');
    expect(keysLabel('send', 'mac')).toBe('⌘+Enter');
    expect(keysLabel('send', 'other')).toBe('Ctrl+Enter');
    expect(keysLabel('replay', 'mac')).toBe('R');
    expect(shortcutsText()).toContain(`${'Ctrl/Cmd+Enter'.padEnd(20)}Send from Compose or Triggers`);
    expect(matchesKey('dismiss', press('Escape'))).toBe(true);
    expect(shortcutList().map(({ keys }) => keys)).toContain('Esc');
  });
});
