import { describe, expect, it } from 'vitest';
import { flagRoutes } from '../../../src/main/core/routes/route-flags';

describe('listen route flags', () => {
  it('reads --answer, --route and --forward into routes, tried in that order', () => {
    const entries = flagRoutes({
      forward: 'http://localhost:3000',
      routes: ['POST /gitlab/** -> http://localhost:3000/hooks'],
      answers: ['/fail 500', '/slow 200 delay=11s', 'PUT /flaky 503 next=3 body=try-again'],
    });
    expect(entries.map((entry) => [entry.file, entry.route?.method, entry.route?.path, entry.route?.action])).toEqual([
      ['--answer', null, '/fail', { kind: 'answer', status: 500, headers: [], body: '', delayMs: 0, next: null }],
      ['--answer', null, '/slow', { kind: 'answer', status: 200, headers: [], body: '', delayMs: 11_000, next: null }],
      ['--answer', 'PUT', '/flaky', { kind: 'answer', status: 503, headers: [], body: 'try-again', delayMs: 0, next: 3 }],
      ['--route', 'POST', '/gitlab/**', { kind: 'forward', url: 'http://localhost:3000/hooks', timeoutMs: 10_000, keepHost: false }],
      ['--forward', null, '/', { kind: 'forward', url: 'http://localhost:3000/', timeoutMs: 10_000, keepHost: false }],
    ]);
  });

  it('says what is wrong with a flag, quoting it', () => {
    expect(() => flagRoutes({ answers: ['/slow 200 delay=11'] })).toThrow("--answer '/slow 200 delay=11': delay=11 is not a duration: write it like delay=11s or delay=500ms.");
    expect(() => flagRoutes({ answers: ['/slow 200 later'] })).toThrow('"later" is not an answer option');
    expect(() => flagRoutes({ answers: ['/slow 200 delay=31s'] })).toThrow('"action.delayMs" must be a whole number from 0 to 30000');
    expect(() => flagRoutes({ routes: ['POST /gitlab'] })).toThrow('write it as "[METHOD] PATH -> URL"');
    expect(() => flagRoutes({ answers: ['fail 500'] })).toThrow('a path starting with "/" must come first');
    expect(() => flagRoutes({ forward: 'localhost:3000' })).toThrow('--forward');
  });
});
