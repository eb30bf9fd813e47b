/**
 * GitLab's payload bytes: Rails' `to_json` writes compact JSON and ActiveSupport escapes <, > and & inside
 * strings (GitLab's documented payloads show `"avatar_url": "…?s=40\u0026d=identicon"`). The compactor must
 * give those bytes from any text a user may type, without JSON.stringify's rounding or re-escaping.
 */
import { describe, expect, it } from 'vitest';
import { compactAsGitlab } from '@shared/gitlab-json';

function compact(text: string): string {
  const result = compactAsGitlab(text);
  if (!result.ok) throw new Error(`refused: ${result.message} at ${result.line}:${result.column}`);
  return result.text;
}

describe('compactAsGitlab', () => {
  it('drops the whitespace between tokens, nested or not, and keeps the whitespace inside strings', () => {
    const text = '{\n  "a" : [ 1 ,\t2 ,\r\n { "b" : "x  y" } ],\n  "c": { }, "d": [ ]\n}\n';
    expect(compact(text)).toBe('{"a":[1,2,{"b":"x  y"}],"c":{},"d":[]}');
  });

  it('keeps number literals as typed: big integers are not rounded, exponents and decimals not rewritten', () => {
    expect(compact('{ "id": 12345678901234567890, "f": 1.50, "e": 1E+2, "n": -0.0 }')).toBe(
      '{"id":12345678901234567890,"f":1.50,"e":1E+2,"n":-0.0}',
    );
    // What JSON.stringify would have sent instead:
    expect(JSON.stringify(JSON.parse('{"id":12345678901234567890}'))).toBe('{"id":12345678901234567000}');
  });

  it('escapes <, > and & in strings as ActiveSupport does, and leaves escapes already typed as they are', () => {
    expect(compact('{"url": "https://x/a?s=40&d=identicon", "m": "Signed-off-by: A <a@example.com>"}')).toBe(
      '{"url":"https://x/a?s=40\\u0026d=identicon","m":"Signed-off-by: A \\u003ca@example.com\\u003e"}',
    );
    expect(compact('"already \\u003c and \\u0026 stay, \\n \\" \\\\ \\/ \\u00e9 too"')).toBe(
      '"already \\u003c and \\u0026 stay, \\n \\" \\\\ \\/ \\u00e9 too"',
    );
    // Outside strings there is nothing to escape; keys are strings too.
    expect(compact('{"a&b": "<"}')).toBe('{"a\\u0026b":"\\u003c"}');
  });

  it('keeps unicode as UTF-8 text, astral characters included, and keeps key order and duplicate keys', () => {
    expect(compact('{ "name": "Jöhn 😀 日本", "z": 1, "a": 2, "z": 3 }')).toBe('{"name":"Jöhn 😀 日本","z":1,"a":2,"z":3}');
  });

  it('gives the same text as the documented GitLab payloads once their indentation is gone', () => {
    const documented = '{\n  "avatar_url": "http://www.gravatar.com/avatar/e64c?s=40\\u0026d=identicon",\n  "email": "admin@example.com"\n}';
    expect(compact(documented)).toBe('{"avatar_url":"http://www.gravatar.com/avatar/e64c?s=40\\u0026d=identicon","email":"admin@example.com"}');
  });

  it('refuses text that is not JSON with the line and column where it stops being JSON', () => {
    expect(compactAsGitlab('{\n  "a": 1,\n  "b": tru\n}')).toMatchObject({ ok: false, line: 3, column: 8 });
    expect(compactAsGitlab('{"a": 1,}')).toMatchObject({ ok: false, line: 1, column: 9, message: 'a key in double quotes expected' });
    expect(compactAsGitlab('{"a": "line\nbreak"}')).toMatchObject({ ok: false, line: 1, column: 12 });
    expect(compactAsGitlab('{"a": "\\x"}')).toMatchObject({ ok: false, message: 'an unknown escape in a string' });
    expect(compactAsGitlab('{"a": 01}')).toMatchObject({ ok: false, message: '"," or "}" expected' });
    expect(compactAsGitlab('{"a": 1} x')).toMatchObject({ ok: false, line: 1, column: 10 });
    expect(compactAsGitlab('{"a": [1, 2')).toMatchObject({ ok: false, message: 'the text ends where "," or "]" was expected' });
    expect(compactAsGitlab('')).toMatchObject({ ok: false, line: 1, column: 1 });
  });
});
