/** The preload as built (`npm run build`): one CommonJS file that a sandboxed renderer can load. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const built = readFileSync(join(__dirname, '../../../out/preload/index.js'), 'utf8');

describe('the built preload', () => {
  it('requires nothing but electron: its dependencies are bundled in', () => {
    const required = [...built.matchAll(/\brequire\(\s*([^)]*?)\s*\)/g)].map((match) => match[1]);
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((specifier) => specifier !== '"electron"' && specifier !== "'electron'")).toEqual([]);
  });

  it('is CommonJS: no import statements or dynamic imports', () => {
    expect(built).not.toMatch(/^\s*import\s|^\s*export\s|\bimport\(/m);
  });
});
