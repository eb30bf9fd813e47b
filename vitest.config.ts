import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@shared': resolve(__dirname, 'src/shared') };
const node = { environment: 'node', testTimeout: 30_000, hookTimeout: 30_000 } as const;

/**
 * Tests by level, mirroring src: modules (pure functions, no build), core (the core's API with real
 * sockets on 127.0.0.1 and temp dirs), faces (IPC, web and CLI as built), e2e (a real Chromium or
 * Electron each; one file at a time, generous timeouts). faces and e2e need `npm run build` first;
 * `npm test` does that. Ports are ephemeral, so files of the first three run in parallel.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'modules', include: ['test/modules/**/*.test.ts'], ...node } },
      { resolve: { alias }, test: { name: 'core', include: ['test/core/**/*.test.ts'], ...node } },
      { resolve: { alias }, test: { name: 'faces', include: ['test/faces/**/*.test.ts'], ...node } },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A poll waits as long as a user would for the page to show what it asserts, not the 1 s default: a chain
          // of three calls and renders (a forward's verdict) overran that under a CPU hog. Speed is the bench's to judge.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
