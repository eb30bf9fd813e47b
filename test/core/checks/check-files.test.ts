import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCores } from '../../support/core-harness';
import { runCheck } from '../../support/check-runs';
import { useFakeServers } from '../../support/fake-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const fakeServer = useFakeServers();
const CHECKED_IN = join(__dirname, '../../../samples/checks');

function checksFolder(dataDir: string): string {
  const folder = join(dataDir, 'samples', 'checks');
  mkdirSync(folder, { recursive: true });
  return folder;
}

describe('check files in the samples folder', () => {
  it('lists the checked-in samples as usable and says in words why each broken file is not', async () => {
    const dataDir = tempDir();
    const folder = checksFolder(dataDir);
    for (const file of readdirSync(CHECKED_IN)) copyFileSync(join(CHECKED_IN, file), join(folder, file));
    const broken: Record<string, unknown> = {
      'basic-auth.json': { name: 'A', target: 'http://ci:hunter2@localhost:4000/hooks' },
      'query-token.json': { name: 'B', target: 'http://localhost:4000/hooks?private_token=abc' },
      'unknown-field.json': { name: 'C', secretToken: 'abc' },
      'bad-expect.json': { name: 'D', expect: { 'Pipeline Hook': 'fine' } },
      'bad-kind.json': { name: 'E', kinds: ['as-gitlab-sends', 'everything'] },
      'bad-event.json': { name: 'F', events: ['pushes'] },
      'bad-tolerance.json': { name: 'G', signatureToleranceSeconds: -5 },
    };
    for (const [file, value] of Object.entries(broken)) writeFileSync(join(folder, file), JSON.stringify(value));
    writeFileSync(join(folder, 'not-json.json'), '{ "name": ');
    const { core } = await startCore(dataDir);
    const listed = await core.handlers.listCheckFiles();
    expect(listed.folder).toBe(folder);
    expect(Object.fromEntries(listed.entries.map((e) => [e.file, e.problem ?? `${e.name} → ${e.target}`]))).toEqual({
      'bad-event.json': 'Check file: in "events", "pushes" is not a GitLab event Hookbench knows; use an X-Gitlab-Event like "Push Hook" or an id like push, tag-push, issue.',
      'bad-expect.json': 'Check file: "expect.Pipeline Hook" must be a status like 204 or a class like "2xx", not "fine".',
      'bad-kind.json': 'Check file: "kinds" must be a list of case kinds (as-gitlab-sends, wrong-token, missing-token, tampered-body, foreign-signature, stale-signature, resend, new-branch, deleted-branch, many-commits, tag-push, unicode, near-size-limit, unhandled-event); "everything" is not one.',
      'bad-tolerance.json': 'Check file: "signatureToleranceSeconds" must be a whole number of seconds from 1 to 86400, not -5.',
      'basic-auth.json': 'Check file: keep user:password@ out of "target": check files are shared in git. Give it with --to when running.',
      'billing-receiver.json': 'Billing receiver → http://localhost:4000/hooks/gitlab',
      'jenkins-job.json': 'Jenkins job app → http://localhost:8080/project/app',
      'not-json.json': expect.stringMatching(/^Not valid JSON: /),
      'query-token.json': 'Check file: "target" holds a "private_token" parameter, a secret; check files are shared in git, so give the URL with --to when running.',
      'unknown-field.json': 'Check file: "secretToken" is not a field of a check file; the fields are name, target, events, kinds, expect, unhandledEvents, signatureToleranceSeconds.',
    });
  });

  it('runs with the file’s selection and stricter rules: an expected status, an unhandled event, a signature tolerance', async () => {
    const dataDir = tempDir();
    writeFileSync(
      join(checksFolder(dataDir), 'strict.json'),
      JSON.stringify({
        name: 'Strict',
        events: ['pipeline', 'push'],
        kinds: ['as-gitlab-sends', 'stale-signature', 'unhandled-event'],
        expect: { 'Pipeline Hook': 204 },
        unhandledEvents: ['wiki_page'],
        signatureToleranceSeconds: 120,
      }),
    );
    // Accepts everything it handles; knows nothing of wiki pages.
    const receiver = await fakeServer((request) => ({ status: request.headers['x-gitlab-event'] === 'Wiki Page Hook' ? 404 : 200 }));
    const { core } = await startCore(dataDir);
    const { run } = await runCheck(core, { to: receiver.url, checkFile: 'strict.json', secretToken: null, signingToken: 'whsec_' + Buffer.alloc(32, 1).toString('base64') });
    expect(run.checkFile).toBe('strict.json');
    expect(run.cases.map((c) => `${c.key} ${c.outcome}: ${c.message}`)).toEqual([
      'Push Hook/default/as-gitlab-sends passed: answered 200',
      ...['create', 'update', 'delete'].map(
        (v) => `Wiki Page Hook/${v}/unhandled-event failed: answered 404: GitLab reads no meaning into it beyond a failure, which counts toward disabling the hook; answer 2xx to events you ignore`,
      ),
      ...['pending', 'running', 'success', 'failed'].map((v) => `Pipeline Hook/${v}/as-gitlab-sends failed: answered 200 where the check file expects 204`),
      'Push Hook/default/stale-signature failed: the receiver accepts a signature 6 minutes old (the check file allows 120 s)',
    ]);
  });

  it('refuses a run of a check file that is not usable, and one that names no receiver', async () => {
    const dataDir = tempDir();
    writeFileSync(join(checksFolder(dataDir), 'no-target.json'), JSON.stringify({ name: 'No target' }));
    const { core } = await startCore(dataDir);
    await expect(core.handlers.startCheckRun({ to: '', checkFile: 'no-target.json' })).rejects.toThrow(
      'Say which receiver to check: give its URL (--to), or a check file that names a "target".',
    );
    await expect(core.handlers.startCheckRun({ to: 'http://127.0.0.1:1/', checkFile: 'missing.json' })).rejects.toThrow(/^There is no check file missing.json in /);
    await expect(core.handlers.startCheckRun({ to: 'http://127.0.0.1:1/', checkFileText: '{"name": "X", "kinds": 3}' })).rejects.toThrow(
      'Check file: "kinds" must be a list of text, like ["as-gitlab-sends", "wrong-token"].',
    );
    expect(await core.handlers.listCheckRuns()).toEqual([]);
  });
});
