/** hookbench:// links in the desktop app: parsed in a pure module, opened by a handler tested with fake windows (no Electron here). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInboxPlace } from '@shared/inbox-place';
import { LINK_CHANNEL } from '@shared/ipc-channels';
import { linkInArgv, parseHookbenchLink } from '../../../src/main/faces/electron/hookbench-link';
import { LinkOpener, registerLinkScheme } from '../../../src/main/faces/electron/link-opener';

describe('parsing a hookbench:// link', () => {
  it('gives the inbox place the window reads, query and delivery alike', () => {
    expect(parseHookbenchLink('hookbench://inbox?q=status:failed%20event:%22Push%20Hook%22&id=12')).toEqual({
      place: { query: 'status:failed event:"Push Hook"', id: 12 },
      hash: '#/inbox?q=status%3Afailed%20event%3A%22Push%20Hook%22&id=12',
    });
    expect(parseHookbenchLink('hookbench://inbox/?id=7')).toEqual({ place: { query: '', id: 7 }, hash: '#/inbox?id=7' });
    expect(parseHookbenchLink('HOOKBENCH://Inbox')).toEqual({ place: { query: '', id: null }, hash: '#/inbox' });
    // The window reads back exactly what the link said.
    const parsed = parseHookbenchLink('hookbench://inbox?q=header:X-Gitlab-Event-UUID%3D0a67&id=3');
    expect('hash' in parsed && readInboxPlace(parsed.hash)).toEqual({ query: 'header:X-Gitlab-Event-UUID=0a67', id: 3 });
  });

  it('refuses anything else in words, naming what a link may hold', () => {
    const cases: Array<[string, string]> = [
      ['https://inbox?q=x', 'it is not a hookbench:// link.'],
      ['hookbench:inbox', 'only hookbench://inbox links exist'],
      ['hookbench://settings', 'only hookbench://inbox links exist, such as hookbench://inbox?q=status:failed&id=12.'],
      ['hookbench://inbox/../settings', 'only hookbench://inbox links exist'],
      ['hookbench://user:pw@inbox', 'a hookbench:// link has no user, password or port.'],
      ['hookbench://inbox:8000', 'a hookbench:// link has no user, password or port.'],
      ['hookbench://inbox?q=x&run=rm', 'it names "run"; a link takes q (the search) and id (a delivery).'],
      ['hookbench://inbox?id=-3', 'id must be a delivery number such as 12, not "-3".'],
      ['hookbench://inbox?id=1e3', 'id must be a delivery number such as 12, not "1e3".'],
      ['hookbench://inbox?id=', 'id must be a delivery number such as 12, not "".'],
      [`hookbench://inbox?q=${'a'.repeat(2001)}`, 'its search is 2001 characters long; at most 2000.'],
      ['not a link', 'it is not a hookbench:// link.'],
    ];
    for (const [link, why] of cases) {
      const parsed = parseHookbenchLink(link);
      expect('error' in parsed && parsed.error, link).toContain(why);
      expect('error' in parsed && parsed.error, link).toMatch(/^Hookbench cannot open the link /);
    }
  });

  it('finds the link among a launch command line', () => {
    expect(linkInArgv(['/opt/Hookbench/hookbench', '--no-sandbox', 'hookbench://inbox?id=4'])).toBe('hookbench://inbox?id=4');
    expect(linkInArgv(['C:\\Hookbench\\Hookbench.exe', '--allow-file-access-from-files'])).toBeUndefined();
  });
});

/** The app's window as far as links go: what it was sent, and how often it was brought forward. */
function fakeApp() {
  const sent: unknown[][] = [];
  const refused: string[] = [];
  let shown = 0;
  const window = { webContents: { send: (...args: unknown[]) => void sent.push(args) } };
  const opener = new LinkOpener({
    showWindow: () => ((shown += 1), window),
    refuse: (message) => void refused.push(message),
  });
  return { opener, sent, refused, shown: () => shown };
}

describe('opening a hookbench:// link', () => {
  it('brings the window forward and sends it the place, rebuilt from the parsed link', () => {
    const app = fakeApp();
    app.opener.start(['/usr/bin/hookbench']);
    app.opener.open('hookbench://inbox?q=status:failed&id=12&');
    expect(app.sent).toEqual([[LINK_CHANNEL, '#/inbox?q=status%3Afailed&id=12']]);
    expect(app.shown()).toBe(1);
  });

  it('holds a link given before the app is ready (macOS open-url) and opens the last one when it starts', () => {
    const app = fakeApp();
    app.opener.open('hookbench://inbox?id=1');
    app.opener.open('hookbench://inbox?id=2');
    expect(app.sent).toEqual([]);
    app.opener.start(['/usr/bin/hookbench', 'hookbench://inbox?id=3']);
    expect(app.sent).toEqual([[LINK_CHANNEL, '#/inbox?id=2']]);
  });

  it("opens the link this instance was launched with, and a second instance's link or just the window", () => {
    const app = fakeApp();
    app.opener.start(['/usr/bin/hookbench', 'hookbench://inbox?q=push']);
    expect(app.sent).toEqual([[LINK_CHANNEL, '#/inbox?q=push']]);
    app.opener.onSecondInstance({}, ['/usr/bin/hookbench', 'hookbench://inbox?id=9']);
    expect(app.sent.at(-1)).toEqual([LINK_CHANNEL, '#/inbox?id=9']);
    app.opener.onSecondInstance({}, ['/usr/bin/hookbench']);
    expect(app.sent).toHaveLength(2);
    expect(app.shown()).toBe(3);
  });

  it('tells the user why a link cannot be opened, and sends the window nothing', () => {
    const app = fakeApp();
    app.opener.start([]);
    app.opener.open('hookbench://settings?token=x');
    expect(app.refused).toEqual([expect.stringContaining('only hookbench://inbox links exist')]);
    expect(app.sent).toEqual([]);
    expect(app.shown()).toBe(0);
  });
});

describe('registering for hookbench:// links', () => {
  it('registers the packaged app by itself, and Electron with the app folder when run from source', () => {
    const calls: unknown[][] = [];
    const app = { setAsDefaultProtocolClient: (...args: unknown[]) => (calls.push(args), true) };
    expect(registerLinkScheme(app, { execPath: '/opt/Hookbench/hookbench', argv: ['/opt/Hookbench/hookbench'] })).toBe(true);
    registerLinkScheme(app, { defaultApp: true, execPath: '/usr/lib/electron/electron', argv: ['/usr/lib/electron/electron', '.'] });
    expect(calls).toEqual([['hookbench'], ['hookbench', '/usr/lib/electron/electron', [resolve('.')]]]);
  });

  it('declares the scheme to the installers, so the system knows the app opens it', () => {
    const builder = JSON.parse(readFileSync(join(__dirname, '../../../electron-builder.json'), 'utf8')) as { protocols: Array<{ schemes: string[] }> };
    expect(builder.protocols.flatMap((protocol) => protocol.schemes)).toEqual(['hookbench']);
  });

  it('is wired into the Electron face: open-url, second-instance and the launch argv all go to the link opener', () => {
    const face = readFileSync(join(__dirname, '../../../src/main/faces/electron/index.ts'), 'utf8');
    expect(face).toMatch(/app\.on\('open-url', \(event, url\) => \{\s+event\.preventDefault\(\);\s+links\.open\(url\);/);
    expect(face).toContain("app.on('second-instance', links.onSecondInstance);");
    expect(face).toContain('links.start(process.argv);');
    expect(face).toContain('registerLinkScheme(app, process)');
  });
});
