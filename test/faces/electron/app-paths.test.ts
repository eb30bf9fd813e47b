import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_NAME, resolveDataDir } from '../../../src/main/core/data-dir';
import { electronPaths } from '../../../src/main/faces/electron/app-paths';

const root = join(__dirname, '../../..');

describe("Electron's folders and Hookbench's data folder", () => {
  it('are one folder per platform: the app is named Hookbench, as the CLI names the data folder', () => {
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(packageJson.productName).toBe(APP_NAME);
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const dataDir = resolveDataDir({}, platform, '/home/ada');
      expect(electronPaths(dataDir).userData).toBe(dataDir);
    }
  });

  it("keep Chromium's profile in a subfolder, never beside hookbench.db", () => {
    expect(electronPaths('/data/hookbench')).toEqual({ userData: '/data/hookbench', sessionData: join('/data/hookbench', 'chromium') });
    const main = readFileSync(join(root, 'src/main/faces/electron/index.ts'), 'utf8');
    expect(main).toMatch(/app\.setPath\('userData', paths\.userData\)/);
    expect(main).toMatch(/app\.setPath\('sessionData', paths\.sessionData\)/);
  });
});
