import { describe, expect, it } from 'vitest';
import { rendererLocation } from '../../../src/main/faces/electron/renderer-location';

const BUILT = { url: 'app://hookbench/index.html', trustedOrigin: 'app://hookbench' };

describe('where the window loads the renderer from', () => {
  it('loads the built files over app:// without ELECTRON_RENDERER_URL', () => {
    expect(rendererLocation({}, false)).toEqual(BUILT);
  });

  it('never hands an empty, blank or malformed ELECTRON_RENDERER_URL to loadURL', () => {
    for (const value of ['', '   ', 'localhost:5173', 'not a url', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(rendererLocation({ ELECTRON_RENDERER_URL: value }, false), value).toEqual(BUILT);
    }
  });

  it("uses electron-vite dev's server, and trusts its origin, when it is a real http URL", () => {
    expect(rendererLocation({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toEqual({
      url: 'http://localhost:5173/',
      trustedOrigin: 'http://localhost:5173',
    });
  });

  it('ignores it in a packaged app', () => {
    expect(rendererLocation({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toEqual(BUILT);
  });
});
