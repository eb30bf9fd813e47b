/**
 * Reads files of the built renderer for the two faces that serve it (app:// in Electron, HTTP in the
 * web face), refusing anything outside the renderer folder.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export interface RendererFile {
  body: Buffer;
  contentType: string;
}

/** `urlPath` is the path part of the request URL, still percent-encoded; "/" means index.html. */
export async function readRendererFile(rendererDir: string, urlPath: string): Promise<RendererFile | null> {
  const root = resolve(rendererDir);
  try {
    const decoded = decodeURIComponent(urlPath);
    const file = resolve(root, decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, ''));
    if (!file.startsWith(root + sep)) return null;
    const body = await readFile(file);
    return { body, contentType: CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
