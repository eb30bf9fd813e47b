import { describe, expect, it } from 'vitest';
import type { Route } from '@shared/route';
import { targetSuggestions } from '../../../src/renderer/src/store/check-draft';

const forward = (url: string): Route => ({
  name: 'to the receiver', method: 'POST', path: '/hooks/**', headers: [],
  action: { kind: 'forward', url, timeoutMs: 10_000, keepHost: false },
});

describe('the Checks target field', () => {
  it("offers earlier runs' targets, check files' targets and the routes' forward targets, once each", () => {
    const files = { folder: '/s/checks', entries: [
      { file: 'ci.json', name: 'CI', target: 'http://127.0.0.1:3000/hooks', problem: null },
      { file: 'none.json', name: 'No target', target: null, problem: null },
    ] };
    const routes = { folder: '/s/routes', entries: [
      { file: 'forward.json', route: forward('http://127.0.0.1:4000/gitlab'), problem: null },
      { file: 'again.json', route: forward('http://127.0.0.1:3000/hooks'), problem: null },
      { file: 'fail.json', route: { ...forward('x'), action: { kind: 'answer' as const, status: 500, headers: [], body: '', delayMs: 0, next: null } }, problem: null },
      { file: 'broken.json', route: null, problem: 'not JSON' },
    ] };
    expect(targetSuggestions(['http://127.0.0.1:9000/'], files, routes)).toEqual([
      'http://127.0.0.1:9000/', 'http://127.0.0.1:3000/hooks', 'http://127.0.0.1:4000/gitlab',
    ]);
    expect(targetSuggestions([], null, null)).toEqual([]);
  });
});
