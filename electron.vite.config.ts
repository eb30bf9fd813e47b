import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * Three builds from one tree:
 * - main: three entries sharing chunks. `index` is the Electron face's main process; `core` is the core process it
 *   starts with utilityProcess.fork; `cli` is the CLI and web face, and `log-thread` the thread that writes its per-delivery log. `core` and `cli` must run in plain Node too, so
 *   the output is CommonJS and the target is the oldest Node we support (package.json `engines`), not Electron's.
 *   Dependencies (express, ws) stay external in node_modules.
 * - preload: one self-contained CommonJS file, because a sandboxed preload can require only `electron` (and an
 *   ESM preload would force `sandbox: false`); its dependencies are bundled in, not left to node_modules.
 * - renderer: served from app:// in Electron and over HTTP by the web face, hence the relative base.
 */
const alias = { '@shared': resolve(__dirname, 'src/shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      target: 'node22.13',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/faces/electron/index.ts'),
          core: resolve(__dirname, 'src/main/faces/core-process/core-entry.ts'),
          cli: resolve(__dirname, 'src/main/faces/cli/index.ts'),
          'log-thread': resolve(__dirname, 'src/main/faces/cli/log-thread.ts'),
        },
        // node:sqlite exists only with its prefix; keep every node: import external whatever Node runs the build.
        external: [/^node:/],
        output: { format: 'cjs', entryFileNames: '[name].js', chunkFileNames: 'chunks/shared-[hash].js' },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
