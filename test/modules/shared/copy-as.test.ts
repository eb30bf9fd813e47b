import { describe, expect, it } from 'vitest';
import { copyAs } from '@shared/copy-as/copy-as';
import type { CopyRequest } from '@shared/copy-as/copy-request';

const request: CopyRequest = {
  method: 'POST',
  url: 'http://127.0.0.1:8080/hooks?x=1',
  headers: [['Host', '127.0.0.1:8080'], ['X-Gitlab-Event', 'Push Hook'], ['X-Empty', ''], ['x-gitlab-event', 'again'], ['Content-Length', '2']],
  body: new TextEncoder().encode('{}'),
  masked: false,
};

describe('copy as HTTPie', () => {
  it('keeps method, URL, body and one value per header, and names what it leaves out', () => {
    const text = copyAs('httpie', request);
    expect(text).toContain("http \\\n  --path-as-is \\\n  --raw '{}' \\\n  POST \\\n  'http://127.0.0.1:8080/hooks?x=1'");
    expect(text).toContain("'X-Gitlab-Event:Push Hook'");
    expect(text).toContain("'X-Empty;'");
    // HTTPie would otherwise say the body is JSON.
    expect(text).toContain("'Content-Type:'");
    expect(text).toContain('#   x-gitlab-event: again (a second x-gitlab-event: one value per name)');
    expect(text).toContain('#   Content-Length: 2 (set by the library)');
  });

  it('pipes a body that is not text in from base64', () => {
    const text = copyAs('httpie', { ...request, body: Uint8Array.of(0, 255, 1) });
    expect(text).toMatch(/^printf %s 'AP8B' \| base64 --decode \| http /m);
  });
});

describe('a masked copy', () => {
  for (const format of ['curl', 'httpie', 'fetch', 'python'] as const) {
    it(`${format} says it will not authenticate`, () => {
      expect(copyAs(format, { ...request, masked: true })).toMatch(/(#|\/\/) Secrets are masked: this will not authenticate/);
      expect(copyAs(format, request)).not.toContain('Secrets are masked');
    });
  }
});

describe('a path with dot segments', () => {
  it('fetch and Python say they resolve it; curl and HTTPie keep it as stored (--path-as-is)', () => {
    const dotted = { ...request, url: 'http://127.0.0.1:8080/hooks/../admin?x=1' };
    for (const format of ['fetch', 'python'] as const) expect(copyAs(format, dotted)).toContain('. and .. segments are resolved before sending');
    expect(copyAs('fetch', request)).not.toContain('segments');
    expect(copyAs('curl', dotted)).toContain('--path-as-is');
    expect(copyAs('httpie', dotted)).toContain('--path-as-is');
    expect(copyAs('httpie', dotted)).not.toContain('segments');
  });
});
