import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { compactAsGitlab } from '@shared/gitlab-json';
import { headerValue } from '@shared/headers';
import { BUILT_IN_SCENARIOS } from '../../../src/main/core/scenarios/built-in-scenarios';
import { bodyBytes, useCores } from '../../support/core-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const SIGNING_TOKEN = `whsec_${Buffer.from('a signing key of 32 bytes, ok!!!').toString('base64')}`;

interface Seen {
  rawHeaders: Array<[string, string]>;
  body: Buffer;
}

/** A receiver written here (not Hookbench's): it keeps each request's raw headers and bytes, and fails merge requests. */
const servers = new Set<Server>();
afterEach(async () => {
  for (const server of servers) await new Promise((done) => server.close(done));
  servers.clear();
});
async function receiver(): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawHeaders: Array<[string, string]> = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) rawHeaders.push([req.rawHeaders[i], req.rawHeaders[i + 1]]);
      seen.push({ rawHeaders, body: Buffer.concat(chunks) });
      res.writeHead(req.headers['x-gitlab-event'] === 'Merge Request Hook' ? 500 : 204).end();
    });
  });
  servers.add(server);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, seen };
}

const GITLAB_HEADER_ORDER = [
  'Content-Type', 'User-Agent', 'Idempotency-Key', 'X-Gitlab-Event', 'X-Gitlab-Webhook-UUID', 'X-Gitlab-Instance', 'X-Gitlab-Event-UUID',
  'X-Gitlab-Token', 'webhook-id', 'webhook-timestamp', 'webhook-signature',
];

describe('playing a scenario at a receiver', () => {
  it("sends every step in order as GitLab's bytes and headers, stores each and says GitLab's verdict", async () => {
    const { core } = await startCore(tempDir());
    const target = await receiver();
    const play = await core.handlers.playScenario({
      scenario: 'mr-review', to: target.url, seed: 9, delays: false, secretToken: 'the-secret', signingToken: SIGNING_TOKEN,
    });
    const preview = await core.handlers.previewScenario({ scenario: 'mr-review', seed: 9, startAt: play.startAt });
    const mrReview = BUILT_IN_SCENARIOS.find((scenario) => scenario.name === 'mr-review')!;

    expect(play.steps.map((step) => step.step)).toEqual(mrReview.steps.map((_, index) => index + 1));
    expect(target.seen.map((request) => headerValue(request.rawHeaders, 'X-Gitlab-Event'))).toEqual(preview.steps.map((step) => step.header));
    target.seen.forEach((request, index) => {
      const expected = compactAsGitlab(preview.steps[index].payload);
      expect(expected.ok && request.body.toString('utf8')).toBe(expected.ok && expected.text);
      expect(request.rawHeaders.map(([name]) => name).filter((name) => GITLAB_HEADER_ORDER.includes(name))).toEqual(GITLAB_HEADER_ORDER);
      expect(headerValue(request.rawHeaders, 'X-Gitlab-Token')).toBe('the-secret');
      const headers = Object.fromEntries(request.rawHeaders.map(([name, value]) => [name.toLowerCase(), value]));
      // Verified by the Standard Webhooks library, not by Hookbench's own code.
      expect(() => new Webhook(SIGNING_TOKEN).verify(request.body, headers)).not.toThrow();
    });

    const verdicts = play.steps.map((step) => [step.header, step.status, step.gitlab]);
    expect(verdicts.filter(([header]) => header === 'Merge Request Hook')).toEqual(Array(3).fill(['Merge Request Hook', 500, 'failure']));
    expect(verdicts.filter(([header]) => header !== 'Merge Request Hook').every(([, status, gitlab]) => status === 204 && gitlab === 'success')).toBe(true);
    expect(play.steps.find((step) => step.status === 500)?.words).toBe('answered 500: GitLab counts a failure (4 in a row disable the hook for a while).');

    for (const [index, step] of play.steps.entries()) {
      const stored = await core.handlers.getDelivery(step.deliveryId, true);
      expect(stored).toMatchObject({ origin: 'sample', event: step.header, status: step.status, url: target.url });
      expect((await bodyBytes(core, step.deliveryId, 'request', true)).equals(target.seen[index].body)).toBe(true);
    }
  });

  it('plays one step of the same story when given the seed and start of an earlier play', async () => {
    const { core } = await startCore(tempDir());
    const target = await receiver();
    const whole = await core.handlers.playScenario({ scenario: 'failed-pipeline-with-retry', to: target.url, seed: 3, delays: false });
    const again = await core.handlers.playScenario({ scenario: 'failed-pipeline-with-retry', to: target.url, seed: 3, startAt: whole.startAt, step: 7 });
    expect(again.steps.map((step) => step.step)).toEqual([7]);
    expect(again.stepCount).toBe(10);
    expect(target.seen[10].body.equals(target.seen[6].body)).toBe(true);
    const retried = JSON.parse(target.seen[10].body.toString());
    const failed = JSON.parse(target.seen[4].body.toString());
    expect(retried).toMatchObject({ build_name: 'unit-tests', build_status: 'running', retries_count: 1, pipeline_id: failed.pipeline_id });
    expect(retried.build_id).toBeGreaterThan(failed.build_id);
    await expect(core.handlers.playScenario({ scenario: 'failed-pipeline-with-retry', to: target.url, step: 11 })).rejects.toThrow(
      'Scenario "failed-pipeline-with-retry" has steps 1 to 10, not 11.',
    );
  });

  it("plays at Hookbench's own receiver with the secret store's token when none is given", async () => {
    const { core, port } = await startCore(tempDir());
    core.handlers.setSecret('receiver.secretToken', 'stored-secret');
    const play = await core.handlers.playScenario({ scenario: 'tag-release', step: 1 });
    expect(play.to).toBe(`http://127.0.0.1:${port}/`);
    expect(play.steps[0]).toMatchObject({ header: 'Tag Push Hook', status: 200, gitlab: 'success' });
    const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 10, origins: ['captured'] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ event: 'Tag Push Hook', tokenCheck: 'valid' });
  });

  it("waits each step's delay unless told not to, and lists and plays a scenario file from the samples folder", async () => {
    const dataDir = tempDir();
    const { core } = await startCore(dataDir);
    const folder = join((await core.handlers.listSavedSamples()).folder, 'scenarios');
    mkdirSync(folder, { recursive: true });
    const steps = [{ event: 'push', branch: 'default' }, { event: 'pipeline', variant: 'running', delaySeconds: 1 }];
    writeFileSync(join(folder, 'quick.json'), JSON.stringify({ name: 'Quick', description: 'Two steps', steps }));
    writeFileSync(join(folder, 'broken.json'), JSON.stringify({ name: 'Broken', steps: [{ event: 'pipeline', variant: 'running' }] }));
    const { entries } = await core.handlers.listScenarios();
    expect(entries.map((entry) => [entry.id, entry.source, entry.problem])).toEqual([
      ...BUILT_IN_SCENARIOS.map((scenario) => [scenario.name, 'built-in', null]),
      ['broken.json', 'file', 'Scenario "Broken", step 1 (Pipeline running): a pipeline, job or deployment needs a push or a tag push before it.'],
      ['quick.json', 'file', null],
    ]);
    await expect(core.handlers.playScenario({ scenario: 'broken.json' })).rejects.toThrow(/^The scenario file broken.json cannot be played: /);

    const target = await receiver();
    const started = performance.now();
    await core.handlers.playScenario({ scenario: 'Quick', to: target.url, delays: false });
    const backToBack = performance.now() - started;
    await core.handlers.playScenario({ scenario: 'quick', to: target.url });
    const withDelays = performance.now() - started - backToBack;
    expect(withDelays).toBeGreaterThanOrEqual(1000);
    expect(target.seen).toHaveLength(4);
  });

  it('announces scenario files added or edited on disk, in the folder the settings name now', async () => {
    const { core } = await startCore(tempDir());
    const changes: string[] = [];
    core.subscribe((name, payload) => {
      if (name === 'scenariosChanged') changes.push((payload as { folder: string }).folder);
    });
    const moved = tempDir();
    await core.handlers.updateSettings({ samples: { folder: moved } });
    const { folder } = await core.handlers.listScenarios();
    expect(folder).toBe(join(moved, 'scenarios'));
    writeFileSync(join(folder, 'teammate.json'), JSON.stringify({ name: 'Teammate', steps: [{ event: 'tag-push' }] }));
    await expect.poll(() => changes.length, { timeout: 3000 }).toBeGreaterThan(0);
    expect(changes.at(-1)).toBe(folder);
    expect((await core.handlers.listScenarios()).entries.at(-1)).toMatchObject({ id: 'teammate.json', name: 'Teammate', problem: null });
  });
});
