/** `hookbench check` as CI runs it: the matrix and the summary, the exit code, JUnit XML GitLab CI reads, and the app listing the run. */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, assertCliBuilt, hookbench } from '../support/cli-process';
import { useCores } from '../support/core-harness';
import { RECEIVER_SECRET, RECEIVER_SIGNING, useFakeReceivers } from '../support/fake-receivers';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const fakeReceiver = useFakeReceivers();
const startCore = useCores();

beforeAll(assertCliBuilt);

/** libxml2's xmllint, not ours: well-formedness, then the XPath GitLab's JUnit reader walks. */
const xpath = (file: string, expression: string) => execFileSync('xmllint', ['--xpath', expression, file], { encoding: 'utf8' }).trim();

const KINDS = 'as-gitlab-sends,wrong-token,missing-token,tampered-body,foreign-signature,resend';

describe('hookbench check', () => {
  it('prints the matrix and the summary, exits 0 when every case passes and 1 once one fails, and writes JUnit that xmllint reads', async () => {
    const receiver = await fakeReceiver('correct');
    const dataDir = tempDir();
    const junit = join(tempDir(), 'check.xml');
    const args = ['check', '--to', `${receiver.url}/hooks`, '--events', 'push,merge_request', '--kinds', KINDS, '--junit', junit, '--data-dir', dataDir];
    const env = { HOOKBENCH_SIGNING_TOKEN: RECEIVER_SIGNING, RECEIVER_TOKEN: RECEIVER_SECRET };
    const passed = await hookbench([...args, '--secret-token-env', 'RECEIVER_TOKEN'], env);
    expect(passed.stderr).toBe('');
    expect(passed.code).toBe(0);
    expect(passed.stdout).toBe(
      [
        '                   sent     bad-tok  no-tok   tamper   foreign  resend',
        'Push Hook          ✓        ✓        ✓        ✓        ✓        ✓',
        'Merge Request Hook ✓',
        '',
        '✓ passed  ✗ failed  ! internal error  · reported (noted, not failed)',
        'Columns: sent = as-gitlab-sends, bad-tok = wrong-token, no-tok = missing-token, tamper = tampered-body, foreign = foreign-signature, resend = resend',
        '',
        `Check run 1 of ${receiver.url}/hooks: 11 of 11 passed`,
        '',
      ].join('\n'),
    );
    execFileSync('xmllint', ['--noout', junit]);
    expect(xpath(junit, 'string(/testsuites/@tests)')).toBe('11');
    expect(xpath(junit, 'count(/testsuites/testsuite)')).toBe('2');
    expect(xpath(junit, 'count(//testcase[@classname and @name and @time])')).toBe('11');
    expect(xpath(junit, 'count(//failure)')).toBe('0');

    receiver.behaviour = 'fails-merge-requests';
    const failed = await hookbench([...args, '--secret-token-env', 'RECEIVER_TOKEN'], env);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('Merge Request Hook ✗\n');
    expect(failed.stdout).toContain('✗ Merge Request Hook `approved` as GitLab sends it: answered 500\n');
    expect(failed.stdout).toContain(`Check run 2 of ${receiver.url}/hooks: 6 of 11 passed; Merge Request Hook \`open\` answered 500;`);
    expect(failed.stdout).toContain('GitLab would have disabled this hook for a while after case 5 (Merge Request Hook `merge` as GitLab sends it)');
    expect(failed.stdout).toMatch(/\n5 regressed since run 1: Merge Request Hook\/open\/as-gitlab-sends, .*Merge Request Hook\/close\/as-gitlab-sends\n$/);
    execFileSync('xmllint', ['--noout', junit]);
    expect(xpath(junit, 'string(/testsuites/@failures)')).toBe('5');
    expect(xpath(junit, 'string(//testsuite[@name="Merge Request Hook"]/testcase[@name="Merge Request Hook `approved` as GitLab sends it"]/failure/@message)')).toBe('answered 500');
    expect(xpath(junit, 'count(//testsuite[@name="Push Hook"]//failure)')).toBe('0');
    // No token went into the report, the output or the run.
    expect(readFileSync(junit, 'utf8') + failed.stdout).not.toContain(RECEIVER_SECRET);

    // The app, another process on the folder, lists both runs the CLI made, newest first.
    const { core } = await startCore(dataDir);
    const runs = await core.handlers.listCheckRuns();
    expect(runs.map((run) => [run.id, run.state, run.passed, run.failed])).toEqual([[2, 'finished', 6, 5], [1, 'finished', 11, 0]]);
    expect((await core.handlers.getCheckRun(2))?.cases[1]).toMatchObject({ key: 'Merge Request Hook/open/as-gitlab-sends', outcome: 'failed' });
  });

  it('reports, not fails, the token cases without tokens; --json prints the run; a check file from a path sets the rules', async () => {
    const receiver = await fakeReceiver('accepts-everything');
    const file = join(tempDir(), 'receiver-check.json');
    writeFileSync(file, JSON.stringify({ name: 'Mine', target: `${receiver.url}/hooks`, events: ['pipeline'], kinds: ['as-gitlab-sends'], expect: { 'Pipeline Hook': 204 } }));
    const strict = await hookbench(['check', '--check', file, '--json', '--data-dir', tempDir()]);
    expect(strict.code).toBe(1);
    const run = JSON.parse(strict.stdout);
    expect(run).toMatchObject({ checkFile: 'receiver-check.json', target: `${receiver.url}/hooks`, planned: 4, failed: 4 });
    expect(run.cases[0].message).toBe('answered 200 where the check file expects 204');

    const lenient = await hookbench(['check', '--to', receiver.url, '--events', 'push', '--kinds', 'wrong-token,tampered-body', '--data-dir', tempDir()]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('Push Hook ·        ·\n');
    expect(lenient.stdout).toContain(': 0 of 2 passed; 2 reported\n');
  });

  /** Starts a check at a receiver that never answers pipelines, and resolves once the first case reached it. */
  async function checkUnderWay(dataDir: string) {
    const receiver = await fakeReceiver('hangs-on-pipelines');
    const child = spawn(process.execPath, [CLI, 'check', '--to', receiver.url, '--events', 'pipeline', '--kinds', 'as-gitlab-sends', '--case-timeout', '2000', '--data-dir', dataDir]);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 10_000;
    while (receiver.events.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return { child, exited, stdout: () => stdout };
  }

  it('ends the run after the case in flight on Ctrl+C, and the folder keeps it as cancelled', async () => {
    const dataDir = tempDir();
    const check = await checkUnderWay(dataDir);
    check.child.kill('SIGINT');
    expect(await check.exited).toBe(1);
    expect(check.stdout()).toContain(': 0 of 4 passed; Pipeline Hook `pending` did not answer within 2 s; cancelled after 1 case\n');
    const { core } = await startCore(dataDir);
    expect(await core.handlers.listCheckRuns()).toMatchObject([{ id: 1, state: 'cancelled', planned: 4 }]);
  });

  it('shows a run whose process was killed as stopped unfinished, never as running for ever', async () => {
    const dataDir = tempDir();
    const check = await checkUnderWay(dataDir);
    const { pid } = check.child;
    check.child.kill('SIGKILL');
    await check.exited;
    const { core } = await startCore(dataDir);
    const [run] = await core.handlers.listCheckRuns();
    expect(run).toMatchObject({ id: 1, state: 'cancelled', finishedAt: null });
    expect(run.summary).toMatch(new RegExp(`; stopped unfinished: the Hookbench process that ran it \\(pid ${pid}\\) ended$`));
  });

  it('says what is wrong with the command in words', async () => {
    const none = await hookbench(['check', '--data-dir', tempDir()]);
    expect([none.code, none.stderr]).toEqual([1, 'Say which receiver to check: give its URL (--to), or a check file that names a "target".\n']);
    const kind = await hookbench(['check', '--to', 'http://127.0.0.1:9/', '--kinds', 'everything', '--data-dir', tempDir()]);
    expect(kind.stderr).toMatch(/^"everything" is not a kind of check case; the kinds are as-gitlab-sends, /);
    const event = await hookbench(['check', '--to', 'http://127.0.0.1:9/', '--events', 'pushes', '--data-dir', tempDir()]);
    expect(event.stderr).toMatch(/^"pushes" is not a GitLab event Hookbench knows/);
  });
});
