/// <reference types="vite/client" />
import type { HookbenchBridge } from '@shared/contract';

declare global {
  interface Window {
    /** Present only in the Electron face (preload); the browser face uses the web bridge. */
    hookbench?: HookbenchBridge;
  }
}
