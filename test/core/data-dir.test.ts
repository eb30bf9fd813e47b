import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src/main/core/data-dir';

describe('resolveDataDir', () => {
  it('uses HOOKBENCH_DATA_DIR when set, on every platform', () => {
    expect(resolveDataDir({ HOOKBENCH_DATA_DIR: '/srv/hooks' }, 'linux', '/home/ada')).toBe('/srv/hooks');
    expect(resolveDataDir({ HOOKBENCH_DATA_DIR: 'D:\\hooks' }, 'win32', 'C:\\Users\\ada')).toBe('D:\\hooks');
  });

  it("matches Electron's userData folder for an app named Hookbench", () => {
    expect(resolveDataDir({}, 'linux', '/home/ada')).toBe('/home/ada/.config/Hookbench');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ada')).toBe('/xdg/Hookbench');
    expect(resolveDataDir({}, 'darwin', '/Users/ada')).toBe('/Users/ada/Library/Application Support/Hookbench');
    expect(resolveDataDir({ APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ada')).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Hookbench',
    );
  });

  it('ignores a blank override', () => {
    expect(resolveDataDir({ HOOKBENCH_DATA_DIR: '  ' }, 'linux', '/home/ada')).toBe('/home/ada/.config/Hookbench');
  });
});
