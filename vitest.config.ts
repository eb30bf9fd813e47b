import { defineConfig } from 'vitest/config';

/**
 * Two projects: unit (plain Node, real sockets on 127.0.0.1, temp dirs; ephemeral ports, so files run
 * in parallel) and e2e (a real Chromium or Electron each; one file at a time, generous timeouts).
 * Both need `npm run build` first (the CLI and the renderer are tested as built); `npm test` does that.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
