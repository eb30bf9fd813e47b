/**
 * getBodyBytes of a long body's first screenful: masked from its stored start alone, byte for byte what masking
 * the whole body begins with, and the rest joins it, with secrets straddling both the screenful and the start read.
 */
import { describe, expect, it } from 'vitest';
import { useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const HELD = 'glpat-held-secret-0123456789';
const SCREENFUL = 16 * 1024;
/** What the core reads of the stored start for a screenful of 16 KB (4 of them): a secret is put across its end too. */
const START_READ = 64 * 1024;

/** A JSON body of about 3 MB with the held secret across `cuts` (each secret's middle sits on a cut) and a token value across the first. */
function bodyWithSecretsAcross(cuts: number[]): Buffer {
  let text = '{"note":"';
  for (const cut of cuts) {
    text += 'a'.repeat(cut - text.length - HELD.length / 2);
    text += `${HELD}","token":"${'t'.repeat(30)}","more":"`;
  }
  return Buffer.from(`${text}${'z'.repeat(3 * 1024 * 1024)}","end":"${HELD}"}`);
}

/** A core holding the secret, with `copies` deliveries of the body; their ids, oldest first. */
async function captured(body: Buffer, copies = 1) {
  const { core, port } = await startCore(tempDir());
  await core.handlers.setSecret('receiver.secretToken', HELD);
  for (let i = 0; i < copies; i++) expect((await fetch(`http://127.0.0.1:${port}/hooks/x`, { method: 'POST', body: new Uint8Array(body) })).status).toBe(200);
  const ids = (await core.handlers.listDeliveries({ offset: 0, limit: copies })).rows.map((row) => row.id).reverse();
  return { core, id: ids[0]!, ids };
}

describe("a long body's first screenful", () => {
  it('is masked from the stored start: the first bytes of the whole masked body, the rest joining it, a straddling secret masked in both', async () => {
    const sent = bodyWithSecretsAcross([SCREENFUL, START_READ]);
    const { core, id } = await captured(sent);
    const whole = Buffer.from((await core.handlers.getBodyBytes(id, 'request'))!.bytes);
    expect(whole.toString()).not.toContain(HELD);

    const head = (await core.handlers.getBodyBytes(id, 'request', false, 0, SCREENFUL))!;
    // The stored size: the whole was not masked to give the screenful (its mask is shorter than the secret).
    expect(head).toMatchObject({ offset: 0, size: sent.length, sizeAsStored: true });
    expect(whole.length).toBeLessThan(sent.length);
    expect(Buffer.from(head.bytes).equals(whole.subarray(0, SCREENFUL))).toBe(true);
    expect(Buffer.from(head.bytes).toString('latin1')).not.toContain(HELD.slice(0, 8));

    const rest = (await core.handlers.getBodyBytes(id, 'request', false, head.bytes.length))!;
    expect(rest).toMatchObject({ offset: SCREENFUL, size: whole.length });
    expect(rest.sizeAsStored).toBeUndefined();
    expect(rest.bytes.subarray(0, HELD.length).toString()).not.toContain(HELD.slice(-8));
    expect(Buffer.concat([head.bytes, rest.bytes]).equals(whole)).toBe(true);
  });

  it('is the stored bytes when secrets are revealed, and the rest joins it', async () => {
    const sent = bodyWithSecretsAcross([SCREENFUL]);
    const { core, id } = await captured(sent);
    const head = (await core.handlers.getBodyBytes(id, 'request', true, 0, SCREENFUL))!;
    expect(head).toMatchObject({ offset: 0, size: sent.length, sizeAsStored: true });
    const rest = (await core.handlers.getBodyBytes(id, 'request', true, SCREENFUL))!;
    expect(Buffer.concat([head.bytes, rest.bytes]).equals(sent)).toBe(true);
  });

  it('joins its rest masked as it was when a secret is cleared in between, also once other bodies took its snapshot\'s place', async () => {
    const sent = bodyWithSecretsAcross([SCREENFUL]);
    const { core, ids } = await captured(sent, 3);
    const whole = Buffer.from((await core.handlers.getBodyBytes(ids[0]!, 'request'))!.bytes);
    const heads = [];
    for (const id of ids) {
      heads.push((await core.handlers.getBodyBytes(id, 'request', false, 0, SCREENFUL))!);
      if (id === ids[0]) await core.handlers.setSecret('receiver.secretToken', null);
    }
    // The first one's snapshot made room for the two others': its rest is read again, masked as its start was.
    const rest = (await core.handlers.getBodyBytes(ids[0]!, 'request', false, SCREENFUL))!;
    expect(Buffer.concat([heads[0]!.bytes, rest.bytes]).equals(whole)).toBe(true);
    // The others' starts were masked without the secret, and so are their rests.
    const last = (await core.handlers.getBodyBytes(ids[2]!, 'request', false, SCREENFUL))!;
    const joined = Buffer.concat([heads[2]!.bytes, last.bytes]);
    expect(joined.toString()).toContain(HELD);
    expect(joined.equals(Buffer.from((await core.handlers.getBodyBytes(ids[2]!, 'request'))!.bytes))).toBe(true);
  });

  it('is masked with the whole body when its start settles too little (a token value longer than a megabyte)', async () => {
    const sent = Buffer.from(`{"token":"${'s'.repeat(1536 * 1024)}${HELD}","a":1}`);
    const { core, id } = await captured(sent);
    const head = (await core.handlers.getBodyBytes(id, 'request', false, 0, SCREENFUL))!;
    const whole = Buffer.from((await core.handlers.getBodyBytes(id, 'request'))!.bytes);
    expect(whole.toString()).toBe('{"token":"••••••6789","a":1}');
    expect(head).toEqual({ offset: 0, size: whole.length, bytes: expect.anything() });
    expect(Buffer.from(head.bytes).equals(whole)).toBe(true);
  });
});
