import { describe, expect, it } from 'vitest';
import { utf8OrNull } from '../../../src/renderer/src/components/delivery-view/body-bytes';
import { PRETTY_INSTANT_LIMIT_BYTES, presentBody } from '../../../src/renderer/src/components/delivery-view/body-presentation';
import { hexDump } from '../../../src/renderer/src/components/delivery-view/hex-dump';
import { jsonParseError, reindentJson } from '../../../src/renderer/src/components/delivery-view/pretty-json';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('pretty JSON', () => {
  it('indents without re-serialising: big numbers, duplicate keys, escapes and order stay as sent', () => {
    const sent = '{"id":12345678901234567890,"a":1,"a":2,"s":"x\\"y\\u00e9,{[","e":{},"l":[ ],"n":[1.50,true,null]}';
    expect(reindentJson(sent)).toBe(
      [
        '{',
        '  "id": 12345678901234567890,',
        '  "a": 1,',
        '  "a": 2,',
        '  "s": "x\\"y\\u00e9,{[",',
        '  "e": {},',
        '  "l": [],',
        '  "n": [',
        '    1.50,',
        '    true,',
        '    null',
        '  ]',
        '}',
      ].join('\n'),
    );
  });

  it('reports a parse error in words for malformed JSON, and none for valid JSON', () => {
    expect(jsonParseError('{"object_kind": "push",}')).toMatch(/JSON/);
    expect(jsonParseError('{"object_kind":"push"}')).toBeNull();
  });
});

describe('hex dump', () => {
  it('shows offset, two groups of eight bytes and printable ASCII', () => {
    const bytes = new Uint8Array([0x00, 0x41, 0x42, 0xff, ...utf8('hello, hex dump!'), 0x0a]);
    expect(hexDump(bytes).split('\n')).toEqual([
      '00000000  00 41 42 ff 68 65 6c 6c  6f 2c 20 68 65 78 20 64  |.AB.hello, hex d|',
      '00000010  75 6d 70 21 0a                                    |ump!.|',
    ]);
  });

  it('stops at the limit it is given', () => {
    expect(hexDump(new Uint8Array(64), 32).split('\n')).toHaveLength(2);
  });
});

describe('choosing how a body opens', () => {
  it('opens JSON pretty, other text raw, and bytes that are not UTF-8 as hex', () => {
    expect(presentBody(utf8('{"a":1}'), 'application/json').defaultView).toBe('pretty');
    expect(presentBody(utf8('[1]'), null).defaultView).toBe('pretty');
    expect(presentBody(utf8('a=1&b=2'), 'application/x-www-form-urlencoded')).toMatchObject({
      defaultView: 'raw',
      views: ['raw', 'hex'],
    });
    expect(presentBody(new Uint8Array([0xc3, 0x28, 0xff]), 'application/json')).toMatchObject({
      text: null,
      defaultView: 'hex',
    });
  });

  it('opens a body too large to pretty-print instantly as raw, with Pretty still offered', () => {
    const large = utf8(`{"pad":"${'x'.repeat(PRETTY_INSTANT_LIMIT_BYTES)}"}`);
    expect(presentBody(large, 'application/json')).toMatchObject({ defaultView: 'raw', views: ['pretty', 'raw', 'hex'] });
  });

  it('tells UTF-8 text from bytes that are not', () => {
    expect(utf8OrNull(new Uint8Array([0, 255, 128, 10]))).toBeNull();
    expect(utf8OrNull(utf8('Grüße'))).toBe('Grüße');
  });
});
