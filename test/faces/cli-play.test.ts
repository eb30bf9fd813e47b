import { beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type LocalServer } from '../support/local-servers';
import { assertCliBuilt, hookbench, startHookbench } from '../support/cli-process';
import { useTempDirs } from '../support/temp-dir';
import { afterEach } from 'vitest';

const tempDir = useTempDirs();
const servers: LocalServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function receiver(status: number): Promise<LocalServer> {
  const server = await startReceiver({ status });
  servers.push(server);
  return server;
}

const eventsSeen = (server: LocalServer) =>
  server.seen.map((request) => {
    const index = request.rawHeaders.findIndex((name) => name === 'X-Gitlab-Event');
    return request.rawHeaders[index + 1];
  });

describe('hookbench play', () => {
  beforeAll(assertCliBuilt);

  it('plays a built-in scenario in order, prints each step with GitLab\'s verdict and how to play it again, exit 0', async () => {
    const target = await receiver(200);
    const result = await hookbench(['play', 'tag-release', '--to', `${target.url}/hooks`, '--no-delays', '--seed', '12', '--data-dir', tempDir()], {
      HOOKBENCH_SECRET_TOKEN: 'from-the-environment',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(eventsSeen(target)).toEqual([
      'Tag Push Hook', 'Pipeline Hook', 'Job Hook', 'Deployment Hook', 'Job Hook', 'Deployment Hook', 'Pipeline Hook', 'Release Hook',
    ]);
    expect(target.seen[0].rawHeaders).toContain('from-the-environment');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^✓ 1\/8 Tag pushed \(Tag Push Hook\) — 200 in \d+ ms \(delivery #1\): answered 200: GitLab counts a success\.$/);
    expect(lines[8]).toMatch(
      new RegExp(`^8 of 8 step\\(s\\) succeeded as GitLab counts them\\. The same story again: hookbench play tag-release --to ${target.url}/hooks --seed 12 --start \\S+Z --step N$`),
    );
  });

  it('plays one step again with the printed seed and start, byte for byte, and exits 1 when GitLab would count a failure', async () => {
    const dataDir = tempDir();
    const good = await receiver(204);
    const first = await hookbench(['play', 'mr-review', '--to', good.url, '--no-delays', '--data-dir', dataDir]);
    const again = /--seed (\d+) --start (\S+)/.exec(first.stdout)!;
    const failing = await receiver(503);
    const step = await hookbench(['play', 'mr-review', '--to', failing.url, '--step', '7', '--seed', again[1], '--start', again[2], '--data-dir', dataDir]);
    expect(step.code).toBe(1);
    expect(step.stdout).toBe('');
    expect(step.stderr).toMatch(/^✗ 7\/10 Merge request opened \(Merge Request Hook\) — 503 in \d+ ms \(delivery #11\): answered 503: GitLab counts a failure/);
    expect(failing.seen[0].body.equals(good.seen[6].body)).toBe(true);
  });

  it('lists the scenarios, and says in words what is wrong with a call', async () => {
    const list = await hookbench(['play', '--list', '--data-dir', tempDir()]);
    expect(list.stdout).toMatch(/^push-to-deploy {2}12 steps — A push to the default branch/m);
    expect(list.stdout).toMatch(/^failed-pipeline-with-retry {2}10 steps — /m);
    const unknown = await hookbench(['play', 'nope', '--to', 'http://127.0.0.1:9/', '--data-dir', tempDir()]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^There is no scenario "nope" \(built in, or in \S+scenarios\); there are: push-to-deploy, mr-review, tag-release, failed-pipeline-with-retry\.\n$/);
    const badStep = await hookbench(['play', 'mr-review', '--step', 'two', '--data-dir', tempDir()]);
    expect(badStep.code).toBe(2);
    expect(badStep.stderr).toMatch(/^--step must be a whole number from 1, not "two"\./);
  });

  it("plays at the Hookbench receiver running for the data folder when --to is left out", async () => {
    const dataDir = tempDir();
    const listen = await startHookbench(['listen', '--port', '0', '--quiet', '--data-dir', dataDir], /listening on (\S+)/);
    try {
      const result = await hookbench(['play', 'push-to-deploy', '--step', '1', '--data-dir', dataDir]);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(new RegExp(`^✓ 1/12 Push to the default branch \\(Push Hook\\) — 200 .*--to ${listen.match[1]} `, 's'));
    } finally {
      await listen.stop();
    }
  });
});
