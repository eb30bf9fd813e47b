import { describe, expect, it } from 'vitest';
import { bodyBytes, useCores } from '../../support/core-harness';
import { closedPort, selfSignedCertificate, startReceiver, startTlsReceiver, type Behaviour } from '../../support/local-servers';
import { useTempDirs } from '../../support/temp-dir';
import { forwardedPair, legStored, type StartedCore } from './forward-support';

const tempDir = useTempDirs();
const startCore = useCores();

async function forwardingTo(url: string, timeoutMs = 10_000): Promise<StartedCore> {
  const started = await startCore(tempDir());
  await started.core.handlers.saveRoute({ name: 'Target', method: null, path: '/', headers: [], action: { kind: 'forward', url, timeoutMs, keepHost: false } });
  return started;
}

async function postTo(started: StartedCore): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${started.port}/hooks`, { method: 'POST', body: '{"object_kind":"push"}' });
  return { status: response.status, text: await response.text() };
}

async function failingTarget(behaviour: Behaviour) {
  const target = await startReceiver(behaviour);
  return { target, started: await forwardingTo(`${target.url}/in`, 500) };
}

describe('a forward that fails at the target', () => {
  it('answers 504 after the route\'s timeout when the target hangs, and records a timeout', async () => {
    const { target, started } = await failingTarget('hang');
    const begun = performance.now();
    const answer = await postTo(started);
    const waited = performance.now() - begun;
    await target.close();
    expect(answer.status).toBe(504);
    expect(answer.text).toBe(`Hookbench could not forward this delivery to ${target.url}/in/hooks: No response within 0.5 s.\n`);
    expect(waited).toBeGreaterThanOrEqual(480);
    await legStored(started);
    const { captured, leg } = await forwardedPair(started);
    expect(leg).toMatchObject({ parentId: captured.id, status: null, errorKind: 'timeout', errorMessage: 'No response within 0.5 s' });
    expect(captured.status).toBe(504);
    expect((await bodyBytes(started.core, captured.id, 'response')).toString()).toBe(answer.text);
  });

  it('answers 502 saying the connection was refused', async () => {
    const port = await closedPort();
    const started = await forwardingTo(`http://127.0.0.1:${port}/`);
    const answer = await postTo(started);
    expect(answer).toEqual({
      status: 502,
      text: `Hookbench could not forward this delivery to http://127.0.0.1:${port}/hooks: Connection refused by 127.0.0.1:${port} — is the receiver running?\n`,
    });
    await legStored(started);
    const { leg } = await forwardedPair(started);
    expect(leg).toMatchObject({ errorKind: 'refused', status: null });
  });

  it('answers 502 when the target resets the connection', async () => {
    const { target, started } = await failingTarget('reset');
    const answer = await postTo(started);
    await target.close();
    expect(answer.status).toBe(502);
    expect(answer.text).toContain('was reset before a full response');
    await legStored(started);
    expect((await forwardedPair(started)).leg.errorKind).toBe('reset');
  });

  it('cuts the sender off when the target dies mid-answer, and records the reset', async () => {
    const { target, started } = await failingTarget('partial');
    await expect(postTo(started)).rejects.toThrow();
    await target.close();
    await legStored(started);
    const { captured, leg } = await forwardedPair(started);
    expect(leg.errorKind).toBe('reset');
    // What the sender saw before the cut: the target's status.
    expect(captured.status).toBe(200);
  });

  it('answers 502 naming the self-signed certificate of a TLS target', async (context) => {
    const credentials = selfSignedCertificate(tempDir());
    if ('unavailable' in credentials) return context.skip(credentials.unavailable);
    const target = await startTlsReceiver(credentials, { status: 200 });
    const started = await forwardingTo(target.url);
    const answer = await postTo(started);
    await target.close();
    expect(answer.status).toBe(502);
    expect(answer.text).toContain('TLS: self-signed certificate');
    await legStored(started);
    expect((await forwardedPair(started)).leg.errorKind).toBe('tls');
  });
});
