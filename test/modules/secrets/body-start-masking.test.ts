/** Masking a body's start alone: what it settles is exactly how masking the whole body begins, wherever it is cut. */
import { describe, expect, it } from 'vitest';
import { maskSecrets } from '../../../src/main/core/export/redaction';

const HELD = 'glpat-held-secret-0123456789'; // 28 characters: its mask keeps the last 4, so it is shorter than the secret
const SHORT_HELD = 'hunter2-x'; // under 20 characters: its mask is longer than the secret
const redaction = maskSecrets([HELD, SHORT_HELD]);

const bodies: Record<string, Buffer> = {
  json: Buffer.from(
    `{"object_kind":"push","note":"${HELD}","url":"https://x/?t=${encodeURIComponent(`${HELD}&`)}","token":"abc","private_token": null,` +
      `"escaped":"say \\"${HELD}\\"","runner_token":"with \\"quotes\\" in it","short":"${SHORT_HELD}${SHORT_HELD}","trigger_token":"` +
      `${'v'.repeat(40)}","inside":"a \\"token\\": \\"x\\" in a value","commits":[${'{"id":"0123456789abcdef"},'.repeat(40)}{}]}`,
  ),
  multipart: Buffer.from(
    `--b\r\nContent-Disposition: form-data; name="token"\r\n\r\n${'t'.repeat(30)}\r\n--b\r\nContent-Disposition: form-data; name="ref"\r\n\r\n${HELD}\r\n--b--\r\n`,
  ),
  binary: Buffer.concat([Buffer.from('['), Buffer.from([0xe9, 0xff, 0x00]), Buffer.from(`"${HELD}",`), Buffer.from([0x80]), Buffer.from('{"token":"z"}]')]),
};

function settledAt(body: Buffer, cut: number): Buffer {
  return Buffer.from(redaction.bodyStart(body.subarray(0, cut)));
}

describe("masking a body's start", () => {
  for (const [name, body] of Object.entries(bodies)) {
    it(`settles the first bytes of the whole body's masking at every cut of a ${name} body`, () => {
      const whole = Buffer.from(redaction.body(body));
      expect(whole.toString('latin1')).not.toContain(HELD);
      for (let cut = 0; cut <= body.length; cut++) {
        const settled = settledAt(body, cut);
        expect(whole.subarray(0, settled.length).equals(settled), `cut at ${cut}`).toBe(true);
        // No cut settles nothing: at most the value or the secret the cut runs into is held back.
        expect(settled.length, `cut at ${cut}`).toBeGreaterThanOrEqual(cut - 2 * HELD.length - 50);
      }
    });
  }

  it('holds back a secret the cut runs into, and masks it once the cut is past it', () => {
    const body = Buffer.from(`{"a":"${'x'.repeat(100)}","b":"${HELD}","c":"${'y'.repeat(100)}"}`);
    const at = body.indexOf(HELD);
    const straddling = settledAt(body, at + HELD.length / 2).toString();
    expect(straddling).not.toContain(HELD.slice(0, 6));
    expect(straddling.length).toBeLessThanOrEqual(at);
    expect(settledAt(body, at + HELD.length + 5).toString()).toContain(`"b":"••••••6789"`);
  });

  it('holds back a token value the cut runs into, however long, and masks it once it ends', () => {
    const body = Buffer.from(`{"a":1,"token":"${'s'.repeat(5000)}","b":2}`);
    expect(settledAt(body, 3000).toString()).toBe('{"a":1,"token"');
    expect(settledAt(body, body.length - 3).toString()).toBe('{"a":1,"token":"••••••ssss","b"');
  });

  it('settles nothing of a start that may be a form (masked as a whole form is)', () => {
    const form = Buffer.from(`ref=main&private%5Ftoken=${'q'.repeat(30)}&x=1`);
    expect(settledAt(form, 20).length).toBe(0);
    expect(settledAt(form, 3).length).toBe(0);
    expect(settledAt(Buffer.from('  \n'), 3).length).toBe(0);
    expect(settledAt(Buffer.from(' {"a":1}'), 5).toString()).toBe(' {"a"');
  });
});
