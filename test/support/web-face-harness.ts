import { afterEach } from 'vitest';
import { startWebFace, type WebFace, type WebFaceOptions } from '../../src/main/faces/web/web-face';

/** Starts web faces and closes whatever a test left open. */
export function useWebFaces(): (options: WebFaceOptions) => Promise<WebFace> {
  const open = new Set<WebFace>();
  afterEach(async () => {
    for (const web of open) await web.close();
    open.clear();
  });
  return async (options) => {
    const web = await startWebFace(options);
    open.add(web);
    return web;
  };
}
