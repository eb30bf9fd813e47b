import { APP_ORIGIN } from '../security';

export interface RendererLocation {
  /** What the window loads. */
  url: string;
  /** The only origin the window may navigate within and take IPC calls from. */
  trustedOrigin: string;
}

const BUILT_RENDERER: RendererLocation = { url: `${APP_ORIGIN}/index.html`, trustedOrigin: APP_ORIGIN };

/**
 * `electron-vite dev` serves the renderer with hot reload at ELECTRON_RENDERER_URL; everything else (a packaged
 * app, `electron-vite preview`, an empty or malformed value) loads the built files over app://.
 */
export function rendererLocation(env: NodeJS.ProcessEnv, isPackaged: boolean): RendererLocation {
  const devUrl = isPackaged ? undefined : env.ELECTRON_RENDERER_URL?.trim();
  if (!devUrl || !URL.canParse(devUrl)) return BUILT_RENDERER;
  const parsed = new URL(devUrl);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return BUILT_RENDERER;
  return { url: parsed.href, trustedOrigin: parsed.origin };
}
