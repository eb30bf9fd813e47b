/** `send --file`, `send --sample` and `trigger jenkins --file` as users run them: the built CLI, a real receiver. */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerValue } from '@shared/headers';
import { bodyBytes, useCores } from '../support/core-harness';
import { useTempDirs } from '../support/temp-dir';

const CLI = join(__dirname, '../../out/main/cli.js');
const tempDir = useTempDirs();
const startCore = useCores();

function hookbench(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, HOOKBENCH_DATA_DIR: '', HOOKBENCH_SECRET_KEY: '' } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

async function receiver() {
  const { core, port } = await startCore(tempDir());
  return {
    url: `http://127.0.0.1:${port}`,
    async newest() {
      const [row] = (await core.handlers.listDeliveries({ offset: 0, limit: 1 })).rows;
      return { detail: (await core.handlers.getDelivery(row.id, true))!, body: await bodyBytes(core, row.id) };
    },
  };
}

const LATIN1 = Buffer.concat([Buffer.from('{"object_kind":"push","message":"caf'), Buffer.from([0xe9]), Buffer.from(' cr\u00e8me"}', 'latin1')]);
const SAMPLE = {
  name: 'Nightly merge',
  event: 'Merge Request Hook',
  variant: null,
  headers: [['X-Team', 'hooks']],
  payload: { object_kind: 'merge_request', object_attributes: { iid: 7, title: 'Ship <it> & go' } },
};

describe('hookbench send --file and --sample', () => {
  it('sends a Latin-1 file and a binary file byte for byte', async () => {
    const target = await receiver();
    const dir = tempDir();
    const binary = Buffer.concat([randomBytes(2048), Buffer.from([0xff, 0xfe, 0x00, 0x80])]);
    for (const [name, bytes] of [['latin1.json', LATIN1], ['blob.bin', binary]] as const) {
      writeFileSync(join(dir, name), bytes);
      const sent = await hookbench(['send', 'Push Hook', '--to', `${target.url}/hook`, '--file', join(dir, name), '--data-dir', tempDir()]);
      expect(sent.code, sent.stderr).toBe(0);
      const { detail, body } = await target.newest();
      expect(body.equals(bytes)).toBe(true);
      expect(headerValue(detail.requestHeaders, 'X-Gitlab-Event')).toBe('Push Hook');
    }
  });

  it('sends a saved sample file with its event and headers, and a saved sample by name', async () => {
    const target = await receiver();
    const file = join(tempDir(), 'nightly.json');
    writeFileSync(file, JSON.stringify(SAMPLE, null, 2));
    const fromFile = await hookbench(['send', '--to', `${target.url}/hook`, '--file', file, '--data-dir', tempDir()]);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    const first = await target.newest();
    expect(headerValue(first.detail.requestHeaders, 'X-Gitlab-Event')).toBe('Merge Request Hook');
    expect(headerValue(first.detail.requestHeaders, 'X-Team')).toBe('hooks');
    // A sample's JSON goes out as GitLab sends it: compact, <>& escaped.
    expect(first.body.toString()).toBe('{"object_kind":"merge_request","object_attributes":{"iid":7,"title":"Ship \\u003cit\\u003e \\u0026 go"}}');

    const mismatch = await hookbench(['send', 'Push Hook', '--to', `${target.url}/hook`, '--file', file, '--data-dir', tempDir()]);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toMatch(/is a Merge Request Hook sample, not Push Hook/);

    const dataDir = tempDir();
    const owner = await startCore(dataDir);
    await owner.core.handlers.saveSample({ ...SAMPLE, headers: SAMPLE.headers as Array<[string, string]> });
    await owner.core.close();
    const byName = await hookbench(['send', '--sample', 'Nightly merge', '--to', `${target.url}/named`, '--data-dir', dataDir]);
    expect(byName.code, byName.stderr).toBe(0);
    const second = await target.newest();
    expect(second.detail.url).toBe('/named');
    expect(headerValue(second.detail.requestHeaders, 'X-Team')).toBe('hooks');
    expect(second.body.toString()).toBe(first.body.toString());

    const unknown = await hookbench(['send', '--sample', 'Nope', '--to', `${target.url}/hook`, '--data-dir', dataDir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/There is no saved sample "Nope" in .*; there are: Nightly merge/);
  });

  it('trigger jenkins --file sends the file\'s bytes to the GitLab plugin unchanged', async () => {
    const jenkins = await receiver();
    const file = join(tempDir(), 'latin1.json');
    writeFileSync(file, LATIN1);
    const sent = await hookbench(['trigger', 'jenkins', '--url', jenkins.url, '--job', 'app', '--event', 'Push Hook', '--file', file, '--data-dir', tempDir()]);
    expect(sent.code, sent.stderr).toBe(0);
    const { detail, body } = await jenkins.newest();
    expect(detail.url).toBe('/project/app');
    expect(body.equals(LATIN1)).toBe(true);
  });
});
