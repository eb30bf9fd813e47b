/** The CLI as users run it: the built out/main/cli.js in a child Node process, real sockets, a temp data dir. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp-dir';
import { SecretStore } from '../../src/main/core/secrets/secret-store';
import { passphraseKey } from '../../src/main/core/secrets/passphrase-key';
import { generateSigningToken } from '../../src/main/core/verify/standard-webhooks';

const CLI = join(__dirname, '../../out/main/cli.js');

interface RunningCli {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first match of `pattern` in stdout (or stderr), waiting for it to appear. */
  waitFor: (pattern: RegExp, stream?: 'stdout' | 'stderr') => Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

describe('hookbench CLI', () => {
  const tempDir = useTempDirs();
  const running = new Set<ChildProcess>();
  afterEach(() => {
    for (const child of running) child.kill('SIGKILL');
    running.clear();
  });
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
  });

  function runCli(args: string[], env: NodeJS.ProcessEnv = {}): RunningCli {
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOOKBENCH_DATA_DIR: '', HOOKBENCH_SECRET_KEY: '', ...env },
    });
    running.add(child);
    const output = { stdout: '', stderr: '' };
    child.stdout!.on('data', (chunk: Buffer) => (output.stdout += chunk));
    child.stderr!.on('data', (chunk: Buffer) => (output.stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => (running.delete(child), resolve(code))));
    const waitFor = (pattern: RegExp, stream: 'stdout' | 'stderr' = 'stdout') =>
      new Promise<RegExpMatchArray>((resolve, reject) => {
        const check = () => {
          const match = output[stream].match(pattern);
          if (match) return resolve(match);
          if (child.exitCode !== null) return reject(new Error(`CLI exited ${child.exitCode} before ${pattern}:\n${output.stdout}\n${output.stderr}`));
          setTimeout(check, 20);
        };
        check();
      });
    return { child, stdout: () => output.stdout, stderr: () => output.stderr, waitFor, exited };
  }

  async function finished(args: string[], env?: NodeJS.ProcessEnv) {
    const cli = runCli(args, env);
    const code = await cli.exited;
    return { code, stdout: cli.stdout(), stderr: cli.stderr() };
  }

  async function listening(args: string[], env?: NodeJS.ProcessEnv) {
    const cli = runCli(['listen', '--port', '0', ...args], env);
    const [, port] = await cli.waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
    return { ...cli, url: `http://127.0.0.1:${port}` };
  }

  async function stop(cli: RunningCli) {
    cli.child.kill('SIGTERM');
    return cli.exited;
  }

  it('listen prints a ready line, then an access line and the body of each delivery', async () => {
    const dataDir = tempDir();
    const cli = await listening(['--data-dir', dataDir]);
    const response = await fetch(`${cli.url}/hooks/gitlab?x=1`, {
      method: 'POST',
      headers: { 'X-Gitlab-Event': 'Push Hook', 'Content-Type': 'application/json' },
      body: '{"object_kind":"push","ref":"refs/heads/main"}',
    });
    expect(response.status).toBe(200);
    await cli.waitFor(/"POST \/hooks\/gitlab\?x=1" 200 46 bytes Push Hook\n\{"object_kind":"push","ref":"refs\/heads\/main"\}\n/);

    await fetch(`${cli.url}/binary`, { method: 'PUT', body: new Uint8Array([0xff, 0x00, 0xfe, 0x01]) });
    await cli.waitFor(/"PUT \/binary" 200 4 bytes\n\(binary body, 4 bytes\)\n/);
    expect(await stop(cli)).toBe(0);
  });

  it('listen --json prints one JSON object per delivery', async () => {
    const cli = await listening(['--data-dir', tempDir(), '--json']);
    await fetch(`${cli.url}/hook`, { method: 'POST', headers: { 'X-Gitlab-Event': 'Merge Request Hook' }, body: '{}' });
    const [line] = await cli.waitFor(/^\{.*\}$/m);
    expect(JSON.parse(line)).toMatchObject({ id: 1, method: 'POST', path: '/hook', status: 200, event: 'Merge Request Hook', size: 2 });
    expect(await stop(cli)).toBe(0);
  });

  it('stops on SIGTERM with exit code 0 and every delivery stored', async () => {
    const dataDir = tempDir();
    const cli = await listening(['--data-dir', dataDir]);
    const sent = await Promise.all(
      Array.from({ length: 20 }, (_, i) => fetch(`${cli.url}/burst/${i}`, { method: 'POST', body: `{"n":${i}}` }).then((r) => r.status)),
    );
    expect(sent.every((status) => status === 200)).toBe(true);
    expect(await stop(cli)).toBe(0);
    // A burst reaches the log's thread in batches, their bodies one after another in one buffer: each line keeps its own body.
    for (let i = 0; i < 20; i++) expect(cli.stdout()).toMatch(new RegExp(`"POST /burst/${i}" 200 ${`{"n":${i}}`.length} bytes\n\\{"n":${i}\\}\n`));

    const exported = await finished(['export', '--data-dir', dataDir, '--format', 'ndjson']);
    expect(exported.code).toBe(0);
    const urls = exported.stdout.trim().split('\n').map((line) => JSON.parse(line).url);
    expect(urls.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `/burst/${i}`).sort());
  });

  it('export har round-trips a binary body byte for byte', async () => {
    const dataDir = tempDir();
    const bytes = randomBytes(4096);
    const cli = await listening(['--data-dir', dataDir]);
    await fetch(`${cli.url}/upload`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: bytes });
    expect(await stop(cli)).toBe(0);

    const file = join(tempDir(), 'hooks.har');
    const exported = await finished(['export', '--data-dir', dataDir, '--format', 'har', '--out', file]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/Wrote 1 deliveries to/);
    const har = JSON.parse(readFileSync(file, 'utf8'));
    expect(har.log.version).toBe('1.2');
    const postData = har.log.entries[0].request.postData;
    expect(postData.encoding).toBe('base64');
    expect(Buffer.from(postData.text, 'base64').equals(bytes)).toBe(true);
  });

  it('reports an occupied port in one line with the way out, exit code 1', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await finished(['listen', '--port', String(port), '--data-dir', tempDir()]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(new RegExp(`^Port ${port} is in use by another program\\..*--port ${port + 1}\\.$`));
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('warns visibly when the receiver is bound beyond loopback', async () => {
    const cli = runCli(['listen', '--host', '0.0.0.0', '--port', '0', '--data-dir', tempDir()]);
    await cli.waitFor(/listening on http:\/\/0\.0\.0\.0:\d+/);
    await cli.waitFor(/Warning: .*other machines on your network/, 'stderr');
    expect(await stop(cli)).toBe(0);
  });

  it('serve prints the UI URL with its token, and the UI answers on it', async () => {
    const cli = runCli(['serve', '--port', '0', '--ui-port', '0', '--data-dir', tempDir()]);
    const [, url, token] = await cli.waitFor(/ui: (http:\/\/127\.0\.0\.1:\d+\/)\?token=([\w-]+)/);
    expect((await fetch(url!)).status).toBe(200);
    const counts = await fetch(`${url}api/call/getCounts`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect(await counts.json()).toEqual({ result: { total: 0, failures: 0, internalErrors: 0 } });
    expect(await stop(cli)).toBe(0);
  });

  it('explains unknown commands, unknown flags and bad values with the usage, exit code 2', async () => {
    for (const [args, message] of [
      [['frobnicate'], /Unknown command "frobnicate"/],
      [['listen', '--prot', '8000'], /Unknown option '--prot'/],
      [['listen', '--port', 'eighty'], /--port must be a whole number from 0 to 65535, not "eighty"/],
      [['export'], /needs --format har or --format ndjson/],
    ] as const) {
      const result = await finished([...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/Usage: hookbench <command>/);
    }
  });

  it('--help prints the usage and exits 0', async () => {
    for (const args of [['--help'], ['listen', '--help']]) {
      const result = await finished(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("listen [--port N] [--host H] [--data-dir DIR] [--retain N] [--json | --quiet]");
    }
  });
  it('samples lists every event with its variants, and sample prints a generated payload', async () => {
    const list = await finished(['samples']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^Push Hook\s+Repository\s+default, new-branch, delete-branch, many-commits$/m);
    const tag = await finished(['sample', 'Tag Push Hook', '--variant', 'delete']);
    expect(tag.code).toBe(0);
    expect(JSON.parse(tag.stdout)).toMatchObject({ object_kind: 'tag_push', after: '0'.repeat(40) });
    const unknown = await finished(['sample', 'Nope Hook']);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([1, '"Nope Hook" is not a GitLab event Hookbench knows; see `hookbench samples`.']);
  });

  it('send delivers as GitLab would, prints status and time, and exits 1 unless the answer is 2xx', async () => {
    const receiver = await listening(['--data-dir', tempDir(), '--json']);
    const dataDir = tempDir();
    const ok = await finished(['send', 'Merge Request Hook', '--variant', 'merge', '--to', `${receiver.url}/project/app`, '--data-dir', dataDir]);
    expect(ok.code).toBe(0);
    // A /project/ URL is judged as the Jenkins GitLab plugin would judge it, before the send.
    const [noToken, noBuild, summary] = ok.stdout.split('\n');
    expect(noToken).toMatch(/^Warning: Neither a secret token nor a user's API token/);
    expect(noBuild).toBe("Warning: Jenkins answers 200 but would not build: the job does not trigger on the `merge` action (for a job with the plugin's default options).");
    expect(summary).toMatch(new RegExp(`^200 in \\d+ ms — Merge Request Hook to ${receiver.url}/project/app \\(delivery #1\\)$`));
    const [line] = await receiver.waitFor(/\{.*"event":"Merge Request Hook".*\}/);
    expect(JSON.parse(line)).toMatchObject({ method: 'POST', path: '/project/app', status: 200 });
    // A generated sample goes as GitLab's bytes: compact JSON, as the sender stored it.
    const exported = await finished(['export', '--format', 'ndjson', '--data-dir', dataDir]);
    const sentBody = (JSON.parse(exported.stdout.split('\n')[0]) as { requestBody: { text: string } }).requestBody.text;
    expect(sentBody).toMatch(/^\{"object_kind":"merge_request","event_type":"merge_request","user":\{"id":/);
    expect(sentBody).not.toContain('\n');

    const refused = await finished(['send', 'Push Hook', '--to', 'http://127.0.0.1:9/', '--data-dir', dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^internal error in \d+ ms — Push Hook to http:\/\/127\.0\.0\.1:9\/ \(delivery #2\): Connection refused/);

    const again = await finished(['replay', '1', '--new-id', '--data-dir', dataDir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^Warning: Neither [^\\n]*\nWarning: Jenkins answers 200 but would not build[^\\n]*\n200 in \\d+ ms — Merge Request Hook to ${receiver.url}/project/app \\(delivery #3\\)\n$`));
    const missing = await finished(['replay', '99', '--data-dir', dataDir]);
    expect([missing.code, missing.stderr.trim()]).toEqual([1, 'There is no delivery #99: it may have been deleted or pruned.']);

    // A Pipeline Hook aimed at GitLab's trigger API is the known loop guard: warned before it gets its 403.
    const loop = await finished(['send', 'Pipeline Hook', '--to', `${receiver.url}/api/v4/projects/1/trigger/pipeline?token=t`, '--data-dir', dataDir]);
    expect(loop.stdout).toMatch(/^Warning: [\s\S]*X-Gitlab-Event: Pipeline Hook: GitLab answers 403[^\n]*\n200 in/);

    const signed = await finished(['send', 'Push Hook', '--to', `${receiver.url}/hook`, '--signing-token', generateSigningToken(), '--data-dir', dataDir]);
    const unsigned = await finished(['replay', /#(\d+)/.exec(signed.stdout)![1], '--new-id', '--data-dir', dataDir]);
    expect(unsigned.stdout).toMatch(/^Warning: The original webhook-signature is sent as it was; .* in Compose, or with hookbench replay --signing-token\.\n200 in/);
  });
  it('listen --mock-trigger-token answers GitLab trigger calls as GitLab does and says where; serve too', async () => {
    const empty = await finished(['listen', '--port', '0', '--mock-trigger-token', '', '--data-dir', tempDir()]);
    expect([empty.code, empty.stderr.split('\n')[0]]).toEqual([
      2, '--mock-trigger-token needs the token the mock should accept, e.g. --mock-trigger-token my-trigger-token.',
    ]);
    expect((await finished(['listen', '--help'])).stdout).toContain('--mock-trigger-token T  answer POST /api/v4/projects/:id/trigger/pipeline');

    const receiver = await listening(['--data-dir', tempDir(), '--mock-trigger-token', 'glptt-cli']);
    await receiver.waitFor(new RegExp(`^GitLab trigger mock answers at ${receiver.url}/api/v4/projects/:id/trigger/pipeline `, 'm'));
    const form = new FormData();
    form.append('token', 'glptt-cli');
    form.append('ref', 'main');
    const created = await fetch(`${receiver.url}/api/v4/projects/9/trigger/pipeline`, { method: 'POST', body: form });
    expect([created.status, (await created.json()).web_url]).toEqual([201, 'https://gitlab.example.com/projects/9/-/pipelines/1']);
    await receiver.waitFor(/"POST \/api\/v4\/projects\/9\/trigger\/pipeline" 201 /);
    const wrong = await fetch(`${receiver.url}/api/v4/projects/9/ref/main/trigger/pipeline?token=glptt-guess`, { method: 'POST' });
    expect([wrong.status, await wrong.text()]).toEqual([404, '{"message":"404 Not Found"}']);
    expect(await stop(receiver)).toBe(0);

    const served = runCli(['serve', '--port', '0', '--ui-port', '0', '--data-dir', tempDir(), '--mock-trigger-token', 'glptt-cli']);
    const [, url] = await served.waitFor(/GitLab trigger mock answers at (http:\/\/127\.0\.0\.1:\d+\/)api\/v4\/projects\/:id\/trigger\/pipeline/);
    const viaServe = await fetch(`${url}api/v4/projects/9/trigger/pipeline?token=glptt-cli&ref=main`, { method: 'POST' });
    expect(viaServe.status).toBe(201);
    expect(await stop(served)).toBe(0);
  });

  it('listen checks X-Gitlab-Token when given one, and answers 401 with --reject-invalid', async () => {
    const lonely = await finished(['listen', '--port', '0', '--reject-invalid', '--data-dir', tempDir()]);
    expect([lonely.code, lonely.stderr.trim()]).toEqual([
      1,
      '--reject-invalid has nothing to check against: give --secret-token or --signing-token, or set a token in Settings.',
    ]);

    const receiver = await listening(['--data-dir', tempDir(), '--json', '--secret-token', 's3cret', '--reject-invalid']);
    const answer = await fetch(receiver.url, { method: 'POST', headers: { 'X-Gitlab-Token': 'guess' }, body: '{}' });
    expect(answer.status).toBe(401);
    const [line] = await receiver.waitFor(/\{.*"status":401.*\}/);
    expect(JSON.parse(line)).toMatchObject({ tokenCheck: 'invalid', signatureCheck: 'not-configured' });
  });

  it('listen checks against the token kept in secrets.json, and export masks it unless --reveal-secrets', async () => {
    const dataDir = tempDir();
    const token = 'stored-token-0123456789';
    new SecretStore(dataDir, passphraseKey('pass')).set('receiver.secretToken', token);
    const withKey = { HOOKBENCH_SECRET_KEY: 'pass' };
    const receiver = await listening(['--data-dir', dataDir, '--json', '--reject-invalid'], withKey);
    const body = JSON.stringify({ echoed: token });
    expect((await fetch(receiver.url, { method: 'POST', headers: { 'X-Gitlab-Token': 'guess' }, body })).status).toBe(401);
    expect((await fetch(receiver.url, { method: 'POST', headers: { 'X-Gitlab-Token': token }, body })).status).toBe(200);
    expect(await stop(receiver)).toBe(0);

    const masked = await finished(['export', '--data-dir', dataDir, '--format', 'ndjson'], withKey);
    expect([masked.code, masked.stdout]).toEqual([0, expect.not.stringContaining(token)]);
    expect(masked.stdout).toContain('{\\"echoed\\":\\"••••••6789\\"}');
    const revealed = await finished(['export', '--data-dir', dataDir, '--format', 'ndjson', '--reveal-secrets'], withKey);
    expect(revealed.stdout.trim().split('\n').map((line) => Object.fromEntries(JSON.parse(line).requestHeaders)['X-Gitlab-Token'])).toEqual([
      'guess',
      token,
    ]);

    const noKey = await finished(['export', '--data-dir', dataDir, '--format', 'ndjson']);
    expect(noKey.stderr).toMatch(/No key to encrypt secrets with.*holds 1 secret.*Only secret headers .* are masked in this export/s);
    // Without the key the stored value is unknown, but the delivery's own X-Gitlab-Token is masked wherever it appears.
    const accepted = JSON.parse(noKey.stdout.trim().split('\n')[1]);
    expect([Object.fromEntries(accepted.requestHeaders)['X-Gitlab-Token'], accepted.requestBody.text]).toEqual(['••••••6789', '{"echoed":"••••••6789"}']);
  });

  it('listen with the wrong HOOKBENCH_SECRET_KEY says so and leaves secrets.json as it was', async () => {
    const dataDir = tempDir();
    new SecretStore(dataDir, passphraseKey('right')).set('receiver.secretToken', 'kept-safe-token');
    const before = readFileSync(join(dataDir, 'secrets.json'));
    const receiver = await listening(['--data-dir', dataDir], { HOOKBENCH_SECRET_KEY: 'wrong' });
    expect(receiver.stderr()).toMatch(/Warning: HOOKBENCH_SECRET_KEY is not the key .*secrets\.json was encrypted with/);
    await fetch(receiver.url, { method: 'POST', body: '{}' });
    expect(await stop(receiver)).toBe(0);
    expect(readFileSync(join(dataDir, 'secrets.json')).equals(before)).toBe(true);
  });

  // util-linux `script` gives the CLI a real terminal, as a user at a shell has.
  it.skipIf(!existsSync('/usr/bin/script'))('listen asks for the passphrase at a terminal, without echoing it', async () => {
    const dataDir = tempDir();
    const passphrase = 'typed-at-the-tty';
    new SecretStore(dataDir, passphraseKey(passphrase)).set('receiver.secretToken', 'tty-token-0123456789');
    const command = [process.execPath, CLI, 'listen', '--port', '0', '--reject-invalid', '--data-dir', dataDir].map((a) => `'${a}'`).join(' ');
    const child = spawn('/usr/bin/script', ['-qfec', command, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, HOOKBENCH_DATA_DIR: '', HOOKBENCH_SECRET_KEY: '' },
    });
    running.add(child);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    const waitFor = async (pattern: RegExp) => {
      await expect.poll(() => output, { timeout: 10_000 }).toMatch(pattern);
      return output.match(pattern)!;
    };
    await waitFor(/Passphrase for .*secrets\.json \(Enter alone keeps secrets for this session only\): /);
    child.stdin!.write(`${passphrase}\r`);
    const [, port] = await waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
    expect(output).not.toContain(passphrase);
    const send = (token: string) =>
      fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'X-Gitlab-Token': token }, body: '{}' }).then((r) => r.status);
    expect([await send('guess'), await send('tty-token-0123456789')]).toEqual([401, 200]);
    child.kill('SIGTERM');
  });
});
