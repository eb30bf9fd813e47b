import { describe, expect, it } from 'vitest';
import { parseQuery, QueryError } from '@shared/query/parse-query';

const only = (query: string) => {
  const { groups } = parseQuery(query);
  expect(groups).toHaveLength(1);
  expect(groups[0]).toHaveLength(1);
  return groups[0][0];
};
const failure = (query: string) => {
  try {
    parseQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(QueryError);
    return (error as Error).message;
  }
  throw new Error(`"${query}" parsed`);
};

describe('the search language', () => {
  it('reads free words as text and a word starting with / as the path only', () => {
    expect(only('merge')).toEqual({ kind: 'text', text: 'merge', negated: false });
    expect(only('/upload')).toEqual({ kind: 'path', pattern: '/upload', glob: false, negated: false });
    expect(only('"/upload"')).toEqual({ kind: 'text', text: '/upload', negated: false });
  });

  it('needs a qualifier for a word under 3 characters', () => {
    expect(failure('ab')).toBe('"ab" is shorter than 3 characters: give a longer word, or a qualifier (like method:ab or status:ab).');
    expect(failure('"a"')).toMatch(/shorter than 3/);
  });

  it('reads every status form, and refuses others in words', () => {
    expect(only('status:500')).toMatchObject({ kind: 'status', status: { code: 500 } });
    expect(only('status:4xx')).toMatchObject({ kind: 'status', status: { hundreds: 4 } });
    expect(only('status:failed')).toMatchObject({ kind: 'status', status: { state: 'failed' } });
    expect(only('status:"internal error"')).toMatchObject({ kind: 'status', status: { state: 'internal-error' } });
    expect(only('status:success')).toMatchObject({ kind: 'status', status: { state: 'success' } });
    expect(only('STATUS:pending')).toMatchObject({ kind: 'status', status: { state: 'pending' } });
    expect(failure('status:600')).toMatch(/^status: expects a code like 404, a class like 4xx, or failed/);
    expect(failure('status:bad')).toMatch(/not "bad"/);
  });

  it('reads event, method, path, body, origin, verdict and target', () => {
    expect(only('event:"Merge Request Hook"')).toEqual({ kind: 'event', name: 'Merge Request Hook', negated: false });
    expect(only('method:post')).toMatchObject({ kind: 'method', name: 'POST' });
    expect(only('path:/hooks/*')).toMatchObject({ kind: 'path', pattern: '/hooks/*', glob: true });
    expect(only('path:/hooks')).toMatchObject({ kind: 'path', pattern: '/hooks', glob: false });
    expect(only('body:"exact text"')).toMatchObject({ kind: 'body', text: 'exact text' });
    expect(only('origin:replay')).toMatchObject({ kind: 'origin', origin: 'replay' });
    expect(only('origin:check')).toMatchObject({ kind: 'origin', origin: 'check' });
    expect(only('verdict:invalid')).toMatchObject({ kind: 'verdict', verdict: 'invalid' });
    expect(only('target:localhost:3000')).toMatchObject({ kind: 'target', host: 'localhost:3000' });
    expect(failure('origin:elsewhere')).toBe('origin: expects one of captured, forwarded, replay, sample, trigger, check, not "elsewhere".');
    expect(failure('verdict:fine')).toMatch(/^verdict: expects one of valid, invalid, missing, not-configured/);
    expect(failure('body:ab')).toBe('body: needs at least 3 characters to look for, not "ab".');
  });

  it('reads a header by name, or by name and value', () => {
    expect(only('header:X-Gitlab-Token')).toMatchObject({ kind: 'header', name: 'X-Gitlab-Token', value: null });
    expect(only('header:X-Gitlab-Event-UUID=0a6798d6')).toMatchObject({ kind: 'header', name: 'X-Gitlab-Event-UUID', value: '0a6798d6' });
    expect(only('header:X-Gitlab-Event="Push Hook"')).toMatchObject({ name: 'X-Gitlab-Event', value: 'Push Hook' });
    expect(failure('header:"bad name"')).toMatch(/^header: expects a header name/);
  });

  it('reads sizes with units and operators', () => {
    expect(only('size:>1mb')).toMatchObject({ kind: 'size', operator: '>', bytes: 1024 * 1024 });
    expect(only('size:<=200kb')).toMatchObject({ operator: '<=', bytes: 200 * 1024 });
    expect(only('size:512')).toMatchObject({ operator: '=', bytes: 512 });
    expect(failure('size:big')).toBe('size: expects a size like >1mb, <=200kb or 512b, not "big".');
  });

  it('reads dates and times as local time', () => {
    expect(only('after:2026-12-01')).toMatchObject({ kind: 'after', at: new Date(2026, 11, 1).getTime() });
    expect(only('before:2026-12-01T14:30')).toMatchObject({ kind: 'before', at: new Date(2026, 11, 1, 14, 30).getTime() });
    expect(failure('after:2026-02-30')).toMatch(/^after: expects a date like 2026-12-01/);
    expect(failure('before:yesterday')).toMatch(/^before: expects a date/);
  });

  it('negates any term with -', () => {
    expect(only('-status:2xx')).toMatchObject({ kind: 'status', negated: true });
    expect(only('-push')).toEqual({ kind: 'text', text: 'push', negated: true });
    expect(only('-"two words"')).toEqual({ kind: 'text', text: 'two words', negated: true });
    expect(failure('push - other')).toBe('The - at character 6 negates nothing.');
  });

  it('joins terms with AND and groups with OR', () => {
    const { groups } = parseQuery('event:"Push Hook" status:5xx OR origin:replay -verdict:valid');
    expect(groups.map((g) => g.map((t) => t.kind))).toEqual([['event', 'status'], ['origin', 'verdict']]);
    expect(parseQuery('   ').groups).toEqual([]);
    expect(parseQuery('"OR else" push').groups[0].map((t) => t.kind)).toEqual(['text', 'text']);
    expect(failure('OR push')).toBe('OR at character 1 needs a term on each side.');
    expect(failure('push OR')).toMatch(/ends with OR/);
    expect(failure('push OR OR merge')).toMatch(/OR at character 9/);
  });

  it('keeps quoted text whole, with escaped quotes, and says where a quote is left open', () => {
    expect(only('"say \\"hi\\" twice"')).toMatchObject({ kind: 'text', text: 'say "hi" twice' });
    expect(only('body:"a: b"')).toMatchObject({ kind: 'body', text: 'a: b' });
    expect(failure('body:"open')).toBe('The quote opened at character 6 is never closed: add the closing ".');
  });

  it('refuses an unknown qualifier and says how to look for the text', () => {
    expect(failure('stauts:500')).toMatch(/^"stauts:" is not a qualifier \(they are status, event,.*quote it: "stauts:500"\.$/);
    expect(only('"localhost:3000"')).toMatchObject({ kind: 'text', text: 'localhost:3000' });
    expect(failure('event:')).toBe('event: needs a value, as in event:"Merge Request Hook".');
  });
});
