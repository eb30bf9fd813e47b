/** What the body worker answers: the pure functions it runs on the bytes it is given. */
import { describe, expect, it } from 'vitest';
import { PRETTY_INSTANT_LIMIT_BYTES } from '../../../src/renderer/src/components/delivery-view/body-presentation';
import {
  RAW_SHOWN_LIMIT_CHARS,
  copyText,
  joinParts,
  renderBody,
  renderHead,
} from '../../../src/renderer/src/components/delivery-view/body-render';
import { createBodyWorkerAnswers } from '../../../src/renderer/src/components/delivery-view/body-worker-answers';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the body worker', () => {
  it('shows the start of a body at once, without a broken character where the start was cut', () => {
    const bytes = utf8('{"name":"Grüße"}');
    const cut = bytes.subarray(0, bytes.indexOf(0xc3) + 1); // ends halfway through "ü"
    const head = renderHead(cut, 25 * 1024 * 1024);
    expect(head.rendered.value).toBe('{"name":"Gr');
    expect(head.rendered.note).toBe('Showing the first 12 B of 25.0 MB while the rest loads…');
    expect(head.views).toEqual([]);
  });

  it('joins the start and the rest back into the exact bytes', () => {
    const whole = new Uint8Array(Array.from({ length: 1000 }, (_, i) => i % 256));
    expect(joinParts([whole.subarray(0, 300), whole.subarray(300)])).toEqual(whole);
  });

  it('opens small JSON pretty, sending the text once more only for Copy body', () => {
    const body = renderBody(utf8('{"a":[1,2]}'), 'application/json');
    expect(body).toMatchObject({ view: 'pretty', views: ['pretty', 'raw', 'hex'], binary: false, wholeText: '{"a":[1,2]}' });
    expect(body.rendered).toMatchObject({ language: 'json', wrap: false, value: '{\n  "a": [\n    1,\n    2\n  ]\n}' });
    const raw = renderBody(utf8('{"a":[1,2]}'), 'application/json', 'raw');
    expect(raw.wholeText).toBeUndefined(); // the view's value is the text itself
    expect(copyText(raw)).toBe('{"a":[1,2]}');
  });

  it('shows the first 256 KB of a larger body raw, says so, and still copies all of it', () => {
    const text = `{"pad":"${'x'.repeat(PRETTY_INSTANT_LIMIT_BYTES + 200 * 1024)}"}`;
    const body = renderBody(utf8(text), 'application/json');
    expect(text.length).toBeGreaterThan(PRETTY_INSTANT_LIMIT_BYTES);
    expect(body.view).toBe('raw');
    expect(body.rendered.value).toBe(text.slice(0, RAW_SHOWN_LIMIT_CHARS));
    expect(body.rendered.note).toBe(
      'Showing the first 256 KB of 2.2 MB as raw text, so the window stays responsive; Copy body copies all of it, and Pretty shows all of it line by line.',
    );
    expect(copyText(body)).toBe(text);
    const pretty = renderBody(utf8(text), 'application/json', 'pretty').rendered;
    expect(pretty.value.split('\n')).toHaveLength(3);
    expect(pretty).toMatchObject({ language: 'plaintext', note: 'Indented without colours, bracket matching or folding, as a body over 2.0 MB would hold the window with them.' });
  });

  it('opens bytes that are not UTF-8 as hex, marked binary', () => {
    const body = renderBody(new Uint8Array([0xc3, 0x28, 0xff]), 'application/json');
    expect(body).toMatchObject({ view: 'hex', binary: true, wholeText: undefined });
    expect(body.rendered.value).toContain('c3 28 ff');
  });

  it('answers a view of a body it keeps, and says in words when the body is no longer kept', () => {
    const answer = createBodyWorkerAnswers();
    const json = utf8('{"a":1}');
    expect(answer({ id: 1, type: 'whole', key: '1/request/masked', parts: [json.subarray(0, 3), json.subarray(3)], contentType: null })).toMatchObject({
      id: 1,
      body: { view: 'pretty', rendered: { value: '{\n  "a": 1\n}' } },
    });
    expect(answer({ id: 2, type: 'view', key: '1/request/masked', view: 'hex' })).toMatchObject({ id: 2, body: { view: 'hex' } });
    // The next delivery's two bodies take the place of this one's.
    for (const [id, key] of [[3, '2/request/masked'], [4, '2/response/masked']] as const) answer({ id, type: 'whole', key, parts: [json], contentType: null });
    expect(answer({ id: 5, type: 'view', key: '1/request/masked', view: 'raw' })).toEqual({ id: 5, error: 'This body is no longer in memory: open the delivery again.' });
    expect(answer({ id: 6, type: 'view', key: '2/request/masked', view: 'raw' })).toMatchObject({ id: 6, body: { view: 'raw', rendered: { value: '{"a":1}' } } });
  });
});
