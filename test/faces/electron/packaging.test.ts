/** The packaging config (electron-builder.json) as electron-builder reads it: fuses and targets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8'));
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const targetsOf = (platform: 'linux' | 'mac' | 'win') => [config[platform]?.target ?? []].flat().map((target: string | { target: string }) => (typeof target === 'string' ? target : target.target));

describe('the packaged desktop app', () => {
  it('flips the fuses that close ways in: no run-as-node, no NODE_OPTIONS or --inspect, the app only from a checked asar, encrypted cookies', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('is built as AppImage and deb, dmg, and an NSIS installer', () => {
    expect(targetsOf('linux').sort()).toEqual(['AppImage', 'deb']);
    expect(targetsOf('mac')).toEqual(['dmg']);
    expect(targetsOf('win')).toEqual(['nsis']);
  });

  it('packs the built app under the name the data folder uses, with `npm run dist`', () => {
    expect(config.productName).toBe(packageJson.productName);
    expect(config.files).toContain('out/**');
    expect(packageJson.main).toBe('./out/main/index.js');
    expect(packageJson.scripts.dist).toMatch(/^electron-vite build && npx electron-builder@\d+ --config electron-builder\.json$/);
  });
});
