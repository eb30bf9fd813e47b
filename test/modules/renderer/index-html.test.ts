import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('renderer index.html', () => {
  it('carries no CSP of its own: the header from src/main/faces/security.ts is the one policy on both faces', () => {
    const html = readFileSync(new URL('../../../src/renderer/index.html', import.meta.url), 'utf8');
    expect(html).not.toMatch(/http-equiv=["']?Content-Security-Policy/i);
  });
});
