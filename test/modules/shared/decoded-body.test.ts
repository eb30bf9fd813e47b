import { describe, expect, it } from 'vitest';
import { formRows, multipartRows, queryRows } from '@shared/decoded-body';

describe('decoded views', () => {
  it('lists the query string, decoded, duplicates kept', () => {
    expect(queryRows('/hooks?project=42&a=%2F&a=2#x')).toEqual([['project', '42'], ['a', '/'], ['a', '2']]);
    expect(queryRows('/hooks')).toEqual([]);
  });

  it('lists form fields, with payload= JSON pretty-printed', () => {
    expect(formRows('payload=%7B%22zen%22%3A%22ok%22%7D&token=a+b')).toEqual([['payload', '{\n  "zen": "ok"\n}'], ['token', 'a b']]);
  });

  it('lists multipart fields, and a file part by name, type, size and its first bytes in hex', () => {
    const body = Buffer.concat([
      Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="ref"\r\n\r\nmain\r\n'),
      Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'),
      Buffer.from([0, 1, 2, 255, ...Array(20).fill(7)]),
      Buffer.from('\r\n--XyZ--\r\n'),
    ]);
    expect(multipartRows(body, 'multipart/form-data; boundary=XyZ')).toEqual([
      ['ref', 'main'],
      ['file', 'file a.bin (application/octet-stream), 24 bytes: 00 01 02 ff 07 07 07 07 07 07 07 07 07 07 07 07 …'],
    ]);
    expect(multipartRows(Buffer.from('not multipart'), 'multipart/form-data; boundary=XyZ')).toBeNull();
  });
});
