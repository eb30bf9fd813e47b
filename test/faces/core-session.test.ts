import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCoreSession, type CoreSession } from '../../src/main/faces/core-process/core-session';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const ROOT = resolve(__dirname, '../..');
const opened: CoreSession[] = [];
afterEach(async () => {
  for (const session of opened.splice(0)) await session.close();
});

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourcesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('one core entry for the desktop app, serve and listen', () => {
  it('is the only place a face builds the core', () => {
    const building = sourcesUnder(join(ROOT, 'src/main/faces'))
      .filter((path) => /\bcreateAppCore\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(ROOT, path));
    expect(building).toEqual(['src/main/faces/core-process/core-session.ts']);
  });

  it('says at start what did not load, starts the receiver on the chosen port, and closes once however often asked', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'settings.json'), '{ not json');
    const session = await openCoreSession({ dataDir, overrides: { port: 0 } });
    opened.push(session);
    expect(session.warnings).toEqual([expect.stringContaining('settings.json')]);
    const state = await session.start();
    expect(state.status).toBe('listening');
    const first = session.close();
    expect(session.close()).toBe(first);
    await first;
    await expect(fetch(`http://127.0.0.1:${state.port}/`)).rejects.toThrow();
  });
});
