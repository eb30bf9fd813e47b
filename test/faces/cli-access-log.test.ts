import { describe, expect, it } from 'vitest';
import { accessLogEntry } from '../../src/main/faces/cli/access-log';
import type { DeliveryRow } from '@shared/delivery';

const row: DeliveryRow = {
  id: 7, origin: 'captured', parentId: null, receivedAt: Date.UTC(2026, 10, 22, 12), method: 'POST',
  url: '/hook\u001b]52;c;cm0gLXJmIH4=\u0007', provider: 'gitlab', event: 'Push Hook', status: 200, errorKind: null,
  durationMs: 1, requestSize: 20, overLimit: false, tokenCheck: 'not-configured', signatureCheck: 'not-configured',
};

describe('the access log of hookbench listen', () => {
  it('prints control characters from the network as visible escapes, keeping newlines and tabs', () => {
    const body = new TextEncoder().encode('{"a":\t1}\n\u001b[2J\u009b');
    const printed = accessLogEntry(row, body);
    expect(printed).toBe(
      '[2026-11-22T12:00:00.000Z] #7 "POST /hook\\x1b]52;c;cm0gLXJmIH4=\\x07" 200 20 bytes Push Hook\n' +
        '{"a":\t1}\n\\x1b[2J\\x9b\n',
    );
    // eslint-disable-next-line no-control-regex -- the assertion is that no raw control character reaches the terminal.
    expect(printed).not.toMatch(/[\u001b\u0007\u009b]/);
  });

  it("escapes a body's control characters wherever they are, and leaves a body without any as it came", () => {
    const plain = { ...row, url: '/hook' };
    const bodies: Array<[string, string]> = [
      ['é ü 日本 \u00a0 tab\tend', 'é ü 日本 \u00a0 tab\tend'],
      ['\u0085 at the start', '\\x85 at the start'],
      ['CR at the end\r', 'CR at the end\\x0d'],
      ['DEL \u007f and NUL \u0000 and C1 last \u009f', 'DEL \\x7f and NUL \\x00 and C1 last \\x9f'],
    ];
    for (const [sent, shown] of bodies) {
      const printed = accessLogEntry(plain, new TextEncoder().encode(sent));
      expect(printed.split('\n').slice(1).join('\n')).toBe(`${shown}\n`);
    }
  });
});
