/** The one key map: what the handlers match is what the `?` list and the desktop Help menu say. */
import { describe, expect, it } from 'vitest';
import { KEY_MAP, matchesKey, shortcutList } from '@shared/key-map';
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
});
