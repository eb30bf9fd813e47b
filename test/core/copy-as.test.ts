import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { copyAs } from '@shared/copy-as/copy-as';
import type { CopyFormat } from '@shared/copy-as/copy-request';
import { bodyBytes, useCores } from '../support/core-harness';
import { rawRequest } from '../support/raw-http';
import { useRawCaptureServers } from '../support/raw-capture-server';
import { useTempDirs } from '../support/temp-dir';

const run = promisify(execFile);
const tempDir = useTempDirs();
const startCore = useCores();
const startRawServer = useRawCaptureServers();

/** Sends exact bytes to a core's receiver and gives back the delivery it stored, as copy-as reads it. */
async function capture(head: string, body: Buffer, revealSecrets: boolean) {
  const { core, port } = await startCore(tempDir());
  const wire = Buffer.concat([Buffer.from(head.replaceAll('\n', '\r\n') + '\r\n', 'latin1'), body]);
  await rawRequest(port, wire);
  const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 1 });
  const detail = await core.handlers.getDelivery(rows[0].id, revealSecrets);
  if (!detail) throw new Error('nothing stored');
  return { wire, detail, body: await bodyBytes(core, detail.id, 'request', revealSecrets) };
}

/** Runs a copy of the stored request against a raw socket and gives back the bytes that arrived there. */
async function replayedBytes(format: CopyFormat, stored: Awaited<ReturnType<typeof capture>>, masked = false): Promise<{ code: string; bytes: Buffer }> {
  const server = await startRawServer();
  const code = copyAs(format, {
    method: stored.detail.method, url: `http://127.0.0.1:${server.port}${stored.detail.url}`,
    headers: stored.detail.requestHeaders, body: stored.body, masked,
  });
  const [file, args] = format === 'python' ? ['python3', ['-c', code]] : format === 'fetch' ? [process.execPath, ['--input-type=module', '-e', code]] : ['sh', ['-c', code]];
  await run(file, args, { timeout: 15_000 });
  return { code, bytes: await server.request };
}

const GITLAB_HEAD = (body: Buffer, path = '/hooks/gitlab/../x?project=42&a=%2F') => `POST ${path} HTTP/1.1
Host: example.test:9000
Content-Type: application/json
User-Agent: GitLab/17.6.0
X-Gitlab-Event: Push Hook
X-Gitlab-Token: s3cret-token-value
X-Custom: first
x-custom: second
X-Empty:
Content-Length: ${body.length}
Connection: close
`;

describe('copy as curl', () => {
  it('reproduces a captured GitLab request byte for byte when run', async () => {
    const body = Buffer.from(`{"object_kind":"push","message":"it's\\n'quoted' \u00e9 $HOME \`x\`"}\n`);
    const stored = await capture(GITLAB_HEAD(body), body, true);
    const { code, bytes } = await replayedBytes('curl', stored);
    expect(code).toContain('--http1.1');
    expect(bytes.toString('latin1')).toBe(stored.wire.toString('latin1'));
  });

  it('reproduces a binary body, a late Host and the request\'s own Accept and Expect byte for byte', async () => {
    const body = randomBytes(3000);
    body[10] = 0;
    const head = `PUT /upload.bin HTTP/1.1
accept: */*
X-Order: 1
Host: 127.0.0.1:1
Expect: 100-continue
Content-Length: ${body.length}
Connection: close
`;
    const stored = await capture(head, body, true);
    const { code, bytes } = await replayedBytes('curl', stored);
    expect(code).toContain('--data-binary @-');
    expect(bytes.equals(stored.wire)).toBe(true);
  });

  it('says a masked copy will not authenticate, and carries no secret', async () => {
    const body = Buffer.from('{}');
    const stored = await capture(GITLAB_HEAD(body), body, false);
    const { code, bytes } = await replayedBytes('curl', stored, true);
    expect(code.split('\n')[0]).toMatch(/^# Secrets are masked: this will not authenticate/);
    expect(code).not.toContain('s3cret-token-value');
    expect(bytes.toString('latin1')).not.toContain('s3cret-token-value');
  });
});

describe('copy as fetch and Python requests', () => {
  for (const format of ['fetch', 'python'] as const) {
    it(`${format}: keeps method, URL and body, and names the headers it cannot send`, async () => {
      const body = Buffer.from('{"object_kind":"push","ref":"refs/heads/main"}');
      // WHATWG URLs and urllib3 resolve `..` segments, so these forms get a plain path.
      const stored = await capture(GITLAB_HEAD(body, '/hooks/gitlab?project=42&a=%2F'), body, true);
      const { code, bytes } = await replayedBytes(format, stored);
      const text = bytes.toString('latin1');
      expect(text.startsWith('POST /hooks/gitlab?project=42&a=%2F HTTP/1.1\r\n')).toBe(true);
      expect(text.endsWith(`\r\n\r\n${body.toString()}`)).toBe(true);
      expect(text).toMatch(/\r\nX-Gitlab-Token: s3cret-token-value\r\n/i);
      expect(text).toMatch(/\r\nX-Gitlab-Event: Push Hook\r\n/i);
      expect(code).toContain('x-custom: second (a second x-custom: one value per name)');
      expect(code).toContain('Host: example.test:9000 (set by the library)');
    });
  }

  it('python sends a binary body byte for byte', async () => {
    const body = randomBytes(500);
    const stored = await capture(`POST /bin HTTP/1.1\nHost: x\nContent-Type: application/octet-stream\nContent-Length: ${body.length}\nConnection: close\n`, body, true);
    const { bytes } = await replayedBytes('python', stored);
    expect(bytes.subarray(bytes.length - body.length).equals(body)).toBe(true);
  });
});
