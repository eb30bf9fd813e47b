/**
 * The CLI face: `hookbench listen | serve | export | send | trigger …`. Plain Node, no Electron; the same core as the app.
 * Messages say what happened and what to do; a stack trace means a bug, never a user mistake.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ExportFormat, ReceiverKind, ReceiverState } from '@shared/contract';
import { contractEvents } from '@shared/contract-events';
import type { AppCore, AppCoreOptions } from '../../core/app-core';
import { openCoreSession, type CoreSession } from '../core-process/core-session';
import { resolveDataDir } from '../../core/data-dir';
import { UserError } from '@shared/user-error';
import { openReadOnlyExport } from '../../core/export/delivery-export';
import { flagRoutes } from '../../core/routes/route-flags';
import { secretKeyFromEnvironment } from '../../core/secrets/passphrase-key';
import { mockJenkinsLines, mockJenkinsOptions, type MockJenkinsFlags } from './jenkins-flags';
import { lintJenkins } from './lint-jenkins';
import { checkCommand } from './check-command';
import { openInBrowser } from './open-browser';
import { out, streamOut } from './output';
import { LogOutput } from './log-output';
import { printStoreUpdates } from './store-update-progress';
import { diffDeliveries } from './diff-command';
import { USAGE, UsageError, countFlag, isCommandName, parseCommandArgs, parseDiffCommand, parseEventCommand, parseImportCommand, parseSendCommand, portFlag } from './options';
import { receiverSecretKey } from './passphrase-prompt';
import { DEFAULT_LIST_LIMIT, listMatches, listText, matchingIds } from './list-command';
import { listSampleEvents, printSample, replayDelivery, sendSample } from './sample-commands';
import { triggerInvocation, triggerOutcome } from './trigger-commands';
import { DEFAULT_UI_PORT, UiPortError, startWebFace } from '../web/web-face';
import { repairHint, repairStoreIfAsked, type StoreRepairFlags } from './store-repair-flags';
import { forgetUiAddress, keepUiToken, recordUiAddress, runningUiLine } from '../web/ui-token';

/** Built beside this file (an entry of its own in electron.vite.config.ts): workers load a file, not a module. */
const LOG_THREAD_FILE = join(__dirname, 'log-thread.js');

const warn = (text: string) => process.stderr.write(`${text}\n`);

function dataDirFrom(flag: string | undefined): string {
  return resolve(flag ?? resolveDataDir(process.env, process.platform, homedir()));
}

/** The core as every face starts it (core-session.ts); the terminal's part is printing its warnings. */
async function openCore(options: AppCoreOptions): Promise<CoreSession> {
  const session = await openCoreSession(options);
  for (const message of session.warnings) warn(`Warning: ${message}`);
  return session;
}

/** Stops on SIGINT/SIGTERM only after the core has stored everything; a second signal forces the exit. */
function closeOnSignal(close: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      warn(`Second ${signal}: exiting without waiting.`);
      process.exit(1);
    }
    stopping = true;
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        warn(`Hookbench could not close cleanly: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function announceReceiver(core: AppCore, state: ReceiverState, flags: ReceiverFlags): void {
  out(`Hookbench listening on ${state.url} (any method, any path)\n`);
  if (flags['mock-trigger-token']) {
    out(`GitLab trigger mock answers at ${state.url}api/v4/projects/:id/trigger/pipeline (and …/ref/:ref/trigger/pipeline)\n`);
  }
  const jenkins = mockJenkinsLines(flags, state.url ?? '', core.jenkinsJobs);
  for (const line of jenkins.out) out(`${line}\n`);
  for (const line of jenkins.warnings) warn(line);
  for (const route of [...(flags.answer ?? []).map((a) => `--answer ${a}`), ...(flags.route ?? []).map((r) => `--route ${r}`)]) {
    out(`Route: ${route}\n`);
  }
  if (flags.forward) out(`Forwarding every other delivery to ${flags.forward}\n`);
  if (state.exposed) {
    warn(`Warning: the receiver is bound to ${state.host}, so other machines on your network can send to it. Use --host 127.0.0.1 to keep it local.`);
  }
}

/**
 * Says who receives now, and again whenever that changes: this process takes over or hands over, or the port
 * moves in Settings (then `serve` prints its ui: line again, so the login URL never scrolls away for good).
 */
function reportReceiver(core: AppCore, state: ReceiverState, flags: ReceiverFlags, uiUrl?: string): void {
  let shown: ReceiverState | null = null;
  const report = (now: ReceiverState) => {
    const same = shown !== null && shown.status === now.status && shown.url === now.url;
    if (same || (now.status !== 'listening' && now.status !== 'elsewhere')) return;
    const moved = shown?.status === 'listening' && now.status === 'listening';
    shown = now;
    if (now.status === 'elsewhere') out(`${now.message}\n`);
    else if (moved) out(`Hookbench now listening on ${now.url} (changed in Settings)\n${uiUrl ? `ui: ${uiUrl}\n` : ''}`);
    else announceReceiver(core, now, flags);
  };
  report(state);
  contractEvents(core.subscribe).on('receiverState', report);
}

interface ReceiverFlags extends StoreRepairFlags, MockJenkinsFlags {
  'data-dir'?: string;
  host?: string;
  port?: string;
  retain?: string;
  'secret-token'?: string;
  'signing-token'?: string;
  'reject-invalid'?: boolean;
  'mock-trigger-token'?: string;
  'in-memory'?: boolean;
  forward?: string;
  route?: string[];
  answer?: string[];
}

/** The core for `listen` and `serve`: this run's receiver overrides and token checks from the flags. */
async function openReceiverCore(flags: ReceiverFlags, kind: ReceiverKind): Promise<CoreSession> {
  const dataDir = dataDirFrom(flags['data-dir']);
  // Flags are checked before the passphrase is asked for, so a typo does not cost a prompt.
  const overrides = { host: flags.host, port: portFlag('port', flags.port), retain: countFlag('retain', flags.retain) };
  const routeFlags = { forward: flags.forward ?? null, routes: flags.route ?? [], answers: flags.answer ?? [] };
  flagRoutes(routeFlags);
  const mockTriggerToken = flags['mock-trigger-token'] ?? null;
  if (mockTriggerToken === '') {
    throw new UsageError('--mock-trigger-token needs the token the mock should accept, e.g. --mock-trigger-token my-trigger-token.');
  }
  const session = await openCore({
    dataDir,
    secretKey: await receiverSecretKey(dataDir),
    overrides,
    verification: {
      secretToken: flags['secret-token'] ?? null,
      signingToken: flags['signing-token'] ?? null,
      rejectInvalid: flags['reject-invalid'] ?? false,
    },
    mockTriggerToken: () => mockTriggerToken,
    mockJenkins: mockJenkinsOptions(flags),
    inMemory: flags['in-memory'] ?? false,
    kind,
    routeFlags,
  });
  if (flags['in-memory']) warn('In memory only (--in-memory): deliveries are lost when Hookbench stops.');
  const { core } = session;
  await repairStoreIfAsked(core, flags, warn);
  printStoreUpdates(core, warn, await core.handlers.getStorageState());
  const tokens = [flags['secret-token'], flags['signing-token'], core.secrets.get('receiver.secretToken'), core.secrets.get('receiver.signingToken')];
  if (flags['reject-invalid'] && !tokens.some(Boolean)) {
    await session.close();
    throw new UserError(
      '--reject-invalid has nothing to check against: give --secret-token or --signing-token, or set a token in Settings.',
    );
  }
  return session;
}

async function listen(args: string[]): Promise<number> {
  const flags = parseCommandArgs('listen', args);
  if (flags.json && flags.quiet) throw new UsageError('hookbench listen: choose --json or --quiet, not both.');
  const session = await openReceiverCore(flags, 'listen');
  const { core } = session;
  const log = flags.quiet ? null : new LogOutput(LOG_THREAD_FILE, flags.json ? 'json' : 'access');
  if (log) core.onCaptured((row, body) => log.add(row, body));
  const state = await session.start();
  if (state.status !== 'listening' && state.status !== 'elsewhere') {
    const hint = repairHint('listen', await core.handlers.getStorageState());
    await session.close();
    throw new UserError([state.message ?? `The receiver could not start on ${state.host}:${state.port}.`, hint].filter(Boolean).join('\n'));
  }
  closeOnSignal(async () => {
    await session.close();
    await log?.written();
  });
  reportReceiver(core, state, flags);
  return -1;
}

/** What `serve` prints per delivery: nothing unless asked, since its UI shows every delivery. */
function serveDeliveryOutput(flags: { log?: boolean; json?: boolean; quiet?: boolean }) {
  if ([flags.log, flags.json, flags.quiet].filter(Boolean).length > 1) {
    throw new UsageError('hookbench serve: choose one of --log, --json and --quiet.');
  }
  if (flags.json) return new LogOutput(LOG_THREAD_FILE, 'json');
  if (flags.log) return new LogOutput(LOG_THREAD_FILE, 'access');
  return null;
}

function printRunningUiLine(dataDir: string): number {
  const running = runningUiLine(dataDir);
  if ('problem' in running) throw new UserError(running.problem);
  out(`${running.line}\n`);
  return 0;
}

async function serve(args: string[]): Promise<number> {
  const flags = parseCommandArgs('serve', args);
  const dataDir = dataDirFrom(flags['data-dir']);
  if (flags['print-url']) return printRunningUiLine(dataDir);
  const perDelivery = serveDeliveryOutput(flags);
  const session = await openReceiverCore(flags, 'serve');
  const { core } = session;
  if (perDelivery) core.onCaptured((row, body) => perDelivery.add(row, body));
  const kept = keepUiToken(dataDir, flags['new-token'] ?? false);
  if (kept.warning) warn(`Warning: ${kept.warning}`);
  const state = await session.start();
  const web = await startWebFace({
    core,
    port: portFlag('ui-port', flags['ui-port']) ?? DEFAULT_UI_PORT,
    rendererDir: join(__dirname, '../renderer'),
    token: kept.token,
  }).catch(async (error: unknown) => {
    await session.close();
    throw error instanceof UiPortError ? new UserError(error.message) : error;
  });
  recordUiAddress(dataDir, { pid: process.pid, port: web.port });
  closeOnSignal(async () => {
    forgetUiAddress(dataDir, process.pid);
    await web.close();
    await session.close();
    await perDelivery?.written();
  });
  // The UI shows a receiver that could not start (and lets the user pick another port), so serving goes on.
  if (state.status === 'error') warn(`Receiver not started: ${state.message ?? 'unknown reason'}`);
  else if (!flags.quiet) reportReceiver(core, state, flags, web.url);
  const hint = repairHint('serve', await core.handlers.getStorageState());
  if (hint) warn(`Open the UI to act on it there. ${hint}`);
  out(`ui: ${web.url}\n`);
  if (!flags.quiet) out('Lost this URL? `hookbench serve --print-url` prints it again.\n');
  if (flags.open) openInBrowser(web.url, warn);
  return -1;
}

/** A port changed in Settings moves the receiver: the terminal says where it went, and the UI line again. */
function exportFormat(value: string | undefined): ExportFormat {
  if (value === 'har' || value === 'ndjson') return value;
  throw new UsageError(value === undefined ? 'hookbench export needs --format har or --format ndjson.' : `Unknown export format "${value}": use har or ndjson.`);
}

async function exportDeliveries(args: string[]): Promise<number> {
  const flags = parseCommandArgs('export', args);
  const dataDir = dataDirFrom(flags['data-dir']);
  const ids = flags.query === undefined ? undefined : await matchingIds(dataDir, flags.query);
  const request = { format: exportFormat(flags.format), revealSecrets: flags['reveal-secrets'] ?? false, ...(ids ? { ids } : {}) };
  // Read-only and streamed: exporting changes nothing on disk and never holds the store in memory. Secret
  // values are masked where secrets.json opens with HOOKBENCH_SECRET_KEY.
  const source = openReadOnlyExport(dataDir, secretKeyFromEnvironment(process.env));
  try {
    const exported = source.run(request);
    if (flags.out) {
      const file = openSync(flags.out, 'w');
      try {
        for (const chunk of exported.chunks) writeSync(file, chunk);
      } finally {
        closeSync(file);
      }
      warn(`Wrote ${source.written} deliveries to ${resolve(flags.out)}.`);
    } else {
      await streamOut(exported.chunks);
    }
    for (const warning of exported.warnings()) warn(`Warning: ${warning}`);
  } finally {
    await source.close();
  }
  return 0;
}

async function list(args: string[]): Promise<number> {
  const flags = parseCommandArgs('list', args);
  const dataDir = dataDirFrom(flags['data-dir']);
  const limit = countFlag('--limit', flags.limit) ?? DEFAULT_LIST_LIMIT;
  const rows = await listMatches(dataDir, flags.query ?? '', limit, secretKeyFromEnvironment(process.env));
  out(listText(rows, flags.json ?? false));
  return 0;
}

/** Runs `work` with a core that never starts the receiver, closing it (and storing what it sent) after. */
async function withCore<T>(dataDirFlag: string | undefined, work: (core: AppCore) => Promise<T>): Promise<T> {
  const session = await openCore({ dataDir: dataDirFrom(dataDirFlag) });
  try {
    // What is sent is always stored: with a store that cannot keep it, nothing is sent.
    const { problem } = await session.core.handlers.getStorageState();
    if (problem) throw new UserError(problem.message);
    return await work(session.core);
  } finally {
    await session.close();
  }
}

async function samples(args: string[]): Promise<number> {
  parseCommandArgs('samples', args);
  out(listSampleEvents());
  return 0;
}

async function sample(args: string[]): Promise<number> {
  out(printSample(args));
  return 0;
}

/** `send` and `replay`: the summary on stdout when the answer is 2xx, on stderr (exit 1) otherwise. */
async function sendCommand(
  command: 'send' | 'replay',
  args: string[],
  work: (core: AppCore, args: string[]) => Promise<{ summary: string; code: number }>,
): Promise<number> {
  const { flags } = command === 'send' ? parseSendCommand(args) : parseEventCommand(command, args);
  const { summary, code } = await withCore(flags['data-dir'], (core) => work(core, args));
  if (code === 0) out(summary);
  else warn(summary.trimEnd());
  return code;
}

/** Shows the request as curl (tokens masked) and its known traps, sends it, then the answer explained. */
async function trigger(args: string[]): Promise<number> {
  const { request, dataDir } = triggerInvocation(args, process.env);
  return withCore(dataDir, async (core) => {
    const preview = await core.handlers.previewTrigger(request);
    out(`${preview.curl}\n\n`);
    for (const warning of preview.warnings) warn(`Warning: ${warning}`);
    const { delivery, explanation } = await core.handlers.sendTrigger(request);
    const { text, code } = triggerOutcome(delivery, explanation);
    if (code === 0) out(text);
    else warn(text.trimEnd());
    return code;
  });
}

/** Like diff(1): the diff on stdout, exit 1 when the deliveries differ, 0 (and a line saying so) when not. */
async function diff(args: string[]): Promise<number> {
  const { flags, ids } = parseDiffCommand(args);
  const options = { raw: flags.raw ?? false, ignoreVolatile: flags['ignore-volatile'] ?? false, reveal: flags['reveal-secrets'] ?? false };
  const text = await withCore(flags['data-dir'], (core) => diffDeliveries(core, ids, options));
  out(text || `Deliveries ${ids[0]} and ${ids[1]} are the same${options.ignoreVolatile ? ' (volatile headers hidden)' : ''}.\n`);
  return text ? 1 : 0;
}

/** `hookbench import FILE`: what was stored on stdout, each skipped entry on stderr (exit 1 when any). */
async function importFile(args: string[]): Promise<number> {
  const { flags, file } = parseImportCommand(args);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`);
  }
  const report = await withCore(flags['data-dir'], async (core) => core.handlers.importDeliveries(file, text));
  const range = report.ids.length > 0 ? ` (#${report.ids[0]}–#${report.ids[report.ids.length - 1]})` : '';
  out(`Imported ${report.imported} deliveries from ${file}${range}, as ${report.format === 'har' ? 'HAR' : 'NDJSON'}.\n`);
  for (const skipped of report.skipped) warn(`Skipped ${skipped}`);
  return report.skipped.length > 0 ? 1 : 0;
}

const COMMANDS = {
  listen,
  serve,
  export: exportDeliveries,
  list,
  samples,
  sample,
  send: (args: string[]) => sendCommand('send', args, sendSample),
  replay: (args: string[]) => sendCommand('replay', args, replayDelivery),
  trigger,
  'lint-jenkins': async (args: string[]) => {
    const result = await lintJenkins(args, withCore);
    if (result.out) out(result.out);
    if (result.err) warn(result.err.trimEnd());
    return result.code;
  },
  diff,
  import: importFile,
  check: async (args: string[]) => {
    const result = await checkCommand(parseCommandArgs('check', args), withCore);
    out(result.out);
    return result.code;
  },
};

/** Resolves with the exit code, or -1 when the command keeps running (a server). */
async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (!isCommandName(command)) throw new UsageError(`Unknown command "${command}".`);
  if (rest.includes('--help') || rest.includes('-h')) {
    out(USAGE);
    return 0;
  }
  return COMMANDS[command](rest);
}

run(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      warn(`${error.message}\n`);
      warn(USAGE);
      process.exitCode = 2;
    } else if (error instanceof UserError) {
      warn(error.message);
      process.exitCode = 1;
    } else {
      warn(`Hookbench stopped on an unexpected error (please report it):\n${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
    }
  },
);
