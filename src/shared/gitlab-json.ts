/**
 * GitLab's bytes for a JSON payload: Rails serialises hooks with `to_json`, whose ActiveSupport encoder writes
 * compact JSON and escapes `<`, `>` and `&` inside strings as `\u003c`, `\u003e` and `\u0026` (which is why
 * GitLab's documented payloads carry `\u0026d=identicon`). This works on the text, token by token, rather than
 * through JSON.parse and JSON.stringify, so what the user typed survives: number literals stay as written
 * (12345678901234567890 is not rounded), escapes stay as written, key order and duplicate keys stay.
 */

export interface JsonTextError {
  /** 1-based, as editors count. */
  line: number;
  column: number;
  message: string;
}

export type CompactJson = { ok: true; text: string } | ({ ok: false } & JsonTextError);

/** The text was not JSON; its words name the line and column. */
export class InvalidJsonText extends Error {
  constructor(readonly at: JsonTextError) {
    super(`The payload is not valid JSON: ${at.message} at line ${at.line}, column ${at.column}.`);
  }
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const SIMPLE_ESCAPE = /["\\/bfnrt]/;
const HEX4 = /^[0-9a-fA-F]{4}$/;

class Compactor {
  private at = 0;
  private readonly out: string[] = [];

  constructor(private readonly text: string) {}

  run(): string {
    this.skipSpace();
    this.value();
    this.skipSpace();
    if (this.at < this.text.length) this.fail('unexpected text after the end of the JSON value');
    return this.out.join('');
  }

  private fail(message: string): never {
    const before = this.text.slice(0, this.at).split('\n');
    throw new InvalidJsonText({ line: before.length, column: before[before.length - 1].length + 1, message });
  }

  private skipSpace(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at])) this.at++;
  }

  private expect(char: string, what: string): void {
    if (this.text[this.at] !== char) this.fail(this.at >= this.text.length ? `the text ends where ${what} was expected` : `${what} expected`);
    this.out.push(char);
    this.at++;
  }

  private value(): void {
    const char = this.text[this.at];
    if (char === '{') return this.container('{', '}', true);
    if (char === '[') return this.container('[', ']', false);
    if (char === '"') return this.string();
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.at)) {
        this.out.push(literal);
        this.at += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(this.text);
    if (!number) this.fail(this.at >= this.text.length ? 'the text ends where a value was expected' : 'a value expected');
    this.out.push(number[0]);
    this.at += number[0].length;
  }

  private container(open: string, close: string, keyed: boolean): void {
    this.expect(open, `"${open}"`);
    this.skipSpace();
    if (this.text[this.at] === close) return this.expect(close, `"${close}"`);
    for (;;) {
      if (keyed) {
        if (this.text[this.at] !== '"') this.fail('a key in double quotes expected');
        this.string();
        this.skipSpace();
        this.expect(':', '":" after the key');
        this.skipSpace();
      }
      this.value();
      this.skipSpace();
      if (this.text[this.at] !== ',') return this.expect(close, `"," or "${close}"`);
      this.expect(',', '","');
      this.skipSpace();
    }
  }

  /** Copies a string as typed, escapes included, with only GitLab's three HTML characters escaped. */
  private string(): void {
    this.expect('"', 'a double quote');
    let start = this.at;
    const flush = () => this.out.push(this.text.slice(start, this.at));
    for (;;) {
      if (this.at >= this.text.length) this.fail('the text ends inside a string');
      const char = this.text[this.at];
      if (char === '"') break;
      if (char < ' ') this.fail('a control character (such as a line break) inside a string; write it as an escape like \\n');
      if (char === '\\') {
        const next = this.text[this.at + 1] ?? '';
        if (next === 'u' ? !HEX4.test(this.text.slice(this.at + 2, this.at + 6)) : !SIMPLE_ESCAPE.test(next)) {
          this.fail('an unknown escape in a string');
        }
        this.at += next === 'u' ? 6 : 2;
        continue;
      }
      const escaped = HTML_ESCAPES[char];
      if (escaped) {
        flush();
        this.out.push(escaped);
        start = this.at + 1;
      }
      this.at++;
    }
    flush();
    this.expect('"', 'a double quote');
  }
}

/** The compact text GitLab would send for this JSON text, or where the text stops being JSON. */
export function compactAsGitlab(text: string): CompactJson {
  try {
    return { ok: true, text: new Compactor(text).run() };
  } catch (error) {
    if (error instanceof InvalidJsonText) return { ok: false, ...error.at };
    throw error;
  }
}

/** How a payload's text becomes the body: GitLab's compact JSON, or the text exactly as typed. */
export type PayloadSerialization = 'gitlab' | 'as-typed';
