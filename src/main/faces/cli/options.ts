/** The CLI's commands, flags and usage text, and the parsing of flag values into checked numbers. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_UI_PORT } from '../web/web-face';
import { MOCK_JENKINS_OPTIONS, MOCK_JENKINS_USAGE } from './jenkins-flags';
import { LINT_JENKINS_USAGE } from './lint-jenkins';
import { CHECK_USAGE } from './check-command';
import { resolveTokens, withTokenEnvFlags } from './token-flags';
import { UsageError } from './usage-error';

export { UsageError } from './usage-error';

type Env = Record<string, string | undefined>;

export const USAGE = `Usage: hookbench <command> [options]

Commands:
  listen   Run the receiver and print each delivery as it arrives
  serve    Run the receiver and the inspector UI in your browser
  export   Write the stored deliveries (all, or those a query matches) as HAR or NDJSON
  list     List the deliveries a search query matches
  samples  List the GitLab events and variants Hookbench can generate
  sample   Print a generated payload
  send     Send a payload to a URL exactly as GitLab would
  replay   Send a stored delivery again
  import   Store each entry of a HAR or Hookbench NDJSON file as a delivery
  diff     Compare two stored deliveries: request line, headers and body, and their responses
  trigger  Fire a GitLab pipeline trigger or a Jenkins job, and explain the answer
  lint-jenkins  Say what the Jenkins GitLab plugin would answer to a stored delivery or a payload file
  check    Play GitLab's whole catalogue and its edge cases at a receiver, and print the verdict matrix

listen [--port N] [--host H] [--data-dir DIR] [--retain N] [--json | --quiet]
       [--secret-token T] [--signing-token whsec_...] [--reject-invalid] [--mock-trigger-token T] [--in-memory]
       [--mock-jenkins] [--mock-jenkins-job FOLDER/JOB]... [--mock-jenkins-token-env VAR]
       [--forward URL] [--route 'METHOD PATH -> URL']... [--answer 'PATH STATUS [delay=11s] [next=N] [body=T]']...
       [--move-aside | --recover]
  --port N        receiver port (default: from settings, 8000; 0 picks a free one)
  --host H        address to bind (default 127.0.0.1; 0.0.0.0 exposes it to your network)
  --retain N      keep the newest N deliveries (default 10000; 0 keeps everything)
  --json          one JSON object per delivery instead of the access log and body
  --quiet         print nothing per delivery (they are still stored)
  --in-memory     keep deliveries in memory only: nothing is kept when Hookbench stops
  When the data folder cannot keep deliveries (a corrupt, damaged or foreign hookbench.db, a read-only
  folder, a store from a newer Hookbench), listen says why and exits 1 without receiving anything.
  --move-aside    if hookbench.db cannot be used, rename it hookbench.db.corrupt-<time> and start empty
  --recover       if hookbench.db is damaged, copy its readable deliveries into a fresh store (the damaged
                  file is kept as hookbench.db.corrupt-<time>)
  --secret-token T        check X-Gitlab-Token on each delivery (valid, invalid, missing)
  --signing-token whsec_  check the Standard Webhooks webhook-signature (within 5 minutes)
  --reject-invalid        answer 401 when a configured check fails, as the Jenkins plugin does
  --mock-trigger-token T  answer POST /api/v4/projects/:id/trigger/pipeline as GitLab does, accepting
                          trigger token T (201 with a pipeline, 404 for another token, 400, 403)
  --forward URL           forward every delivery to URL (its path and query appended) and answer with the
                          target's answer; the capture is stored first, the forward leg linked to it
  --route 'POST /gitlab/** -> http://localhost:3000/hooks'
                          forward what matches (method optional; a prefix, or a glob: * one segment, ** any)
  --answer '/fail 500'    answer what matches with this status; delay=11s waits first (up to 30 s), next=3
                          answers only the next 3, body=text sets the body. Repeatable, like --route.
  Routes: --answer flags are tried first, then --route, then --forward, then the route files in the routes
  folder of the samples folder (plain JSON, watched live). The trigger mock's calls come before all routes;
  --reject-invalid applies after a route is chosen.
${MOCK_JENKINS_USAGE}  Tokens set in Settings are used unless these flags give others for the run. They are kept in secrets.json,
  encrypted with HOOKBENCH_SECRET_KEY (asked for at the terminal when it is not set); without a key they last
  for the session only.

serve [--port N] [--host H] [--retain N] [--ui-port M] [--data-dir DIR] [--open] [--new-token]
      [--log | --json | --quiet] (and the token flags of listen, --mock-trigger-token included, --in-memory,
      --move-aside, --recover)
serve --print-url [--data-dir DIR]
  When the data folder cannot keep deliveries, serve says why and serves the UI without the receiver:
  the UI offers the ways out (move the bad file aside, recover a damaged store, use another folder).
  --ui-port M     port of the inspector UI on 127.0.0.1 (default ${DEFAULT_UI_PORT}; 0 picks a free one)
  --open          open the UI in your browser
  --new-token     replace the UI token kept in the data folder (ui-token, 0600); tabs opened with the old one
                  are locked out. Without it the token stays the same across restarts, so open tabs reconnect.
  --log           also print each delivery as listen does (access line and body); --json one JSON line each
  --quiet         print only the ui: line and problems
  --print-url     print the ui: line of the serve running for the data folder, and exit

export --format har|ndjson [--out FILE] [--query Q] [--reveal-secrets] [--data-dir DIR]
  --out FILE        write there instead of standard output
  --query Q         only the deliveries the search Q matches (the inbox's language, e.g. 'status:failed event:"Push Hook"')
  --reveal-secrets  keep tokens as they are; by default X-Gitlab-Token, Authorization, cookies and every
                    secret Hookbench keeps (readable with HOOKBENCH_SECRET_KEY) are masked

list [--query Q] [--json] [--limit N] [--data-dir DIR]
  --query Q         the inbox's search language: words, status:4xx, event:"Merge Request Hook", header:X-Gitlab-Token,
                    body:"text", path:/hooks/*, size:>1mb, after:2026-12-01, -term to negate, OR between groups
  --json            one JSON line per delivery instead of a table
  --limit N         the newest N matches (default 50)

samples
sample "<X-Gitlab-Event>" [--variant V]
send ["<X-Gitlab-Event>"] --to URL [--variant V | --file F | --sample NAME] [--secret-token T] [--signing-token whsec_...]
     [--insecure] [--data-dir DIR]
  --to URL          the receiver; user:pass@ in it becomes Basic auth, as GitLab does
  --file F          send this file's bytes unchanged instead of a generated payload; a saved sample file
                    ({name, event, variant, headers, payload}) sends its payload with its event and headers
  --sample NAME     send the saved sample of this name (or file) from the samples folder
  --insecure        do not verify the target's TLS certificate
  Prints the status and time; exits 1 unless the answer is 2xx.

replay ID [--to URL] [--new-id] [--signing-token whsec_...] [--insecure] [--data-dir DIR]
  --to URL          where to send (needed for a received delivery; a sent one goes to its own target);
                    a bare origin (http://host:port) keeps the delivery's path and query
  --new-id          mint a new Idempotency-Key/webhook-id (GitLab's Resend keeps them)
  --signing-token   re-sign for a fresh webhook-timestamp

import FILE [--data-dir DIR]
  Reads HAR 1.2 (browsers' DevTools, HTTP Toolkit, mitmproxy, Hookbench's export) or Hookbench NDJSON; each
  entry becomes a delivery marked imported, with the file's name. Says which entries were skipped and why
  (exit 1 when any were).

diff A B [--raw] [--ignore-volatile] [--reveal-secrets] [--data-dir DIR]
  Prints a unified diff of the two deliveries' requests, then of their responses; exits 1 when they differ.
  --raw              compare bodies byte for byte (by default JSON is compared with keys sorted, pretty-printed)
  --ignore-volatile  hide headers that differ on every delivery (dates, UUIDs, ids, signatures, timestamps)

trigger gitlab --url BASE --project ID --token T --ref REF [--var K=V]... [--input K=V]...
               [--encoding form|query|json] [--ref-in-url] [--insecure] [--data-dir DIR]
  --url BASE        the GitLab instance, e.g. https://gitlab.example.com (no /api/v4)
  --project ID      numeric id or path (group/project)
  --ref REF         a branch or tag (GitLab refuses a commit SHA)
  --encoding E      multipart form (default), query string or JSON body
  --ref-in-url      the webhook form /projects/ID/ref/REF/trigger/pipeline?token=T
trigger jenkins --url BASE --job FOLDER/JOB
                (--secret-token T --event "<X-Gitlab-Event>" [--variant V] [--file F] | --build-token T [--param K=V]...)
                [--user U --api-token A] [--insecure] [--data-dir DIR]
  --event E         a GitLab webhook for the Jenkins GitLab plugin at /project/FOLDER/JOB, sent as GitLab does;
                    a fresh sample of E (--variant V), or the bytes of --file F
  --secret-token T  the job's Secret token, sent as X-Gitlab-Token
  --build-token T   "Trigger builds remotely": /job/FOLDER/job/JOB/build?token=T, or /buildWithParameters with --param
  --user U          send as this Jenkins user with its API token (Basic auth; no CSRF crumb needed);
                    otherwise an anonymous POST fetches a crumb from /crumbIssuer first
  Prints the request as curl (tokens masked), sends it, stores it, prints the status and what it means;
  exits 1 unless it succeeded.

${LINT_JENKINS_USAGE}
${CHECK_USAGE}
Everywhere:
  --data-dir DIR  where deliveries and settings live (default: HOOKBENCH_DATA_DIR, else the app's data folder)
  Tokens: flags show in the process list (ps) and your shell history; environment variables do not. Each
  token flag --X-token reads HOOKBENCH_X_TOKEN when it is not given (HOOKBENCH_SECRET_TOKEN,
  HOOKBENCH_SIGNING_TOKEN, HOOKBENCH_MOCK_TRIGGER_TOKEN, HOOKBENCH_BUILD_TOKEN), and --X-token-env VAR reads
  the variable VAR instead. trigger gitlab's --token is the trigger token, HOOKBENCH_TRIGGER_TOKEN;
  trigger jenkins' --api-token is HOOKBENCH_JENKINS_API_TOKEN.
  -h, --help      show this help
`;

const common = {
  'data-dir': { type: 'string' },
} as const;

/** What a sender to a receiver is given: the tokens the receiver expects. */
const receiverTokens = {
  'secret-token': { type: 'string' },
  'signing-token': { type: 'string' },
} as const;

const receiver = {
  ...common,
  port: { type: 'string' },
  host: { type: 'string' },
  retain: { type: 'string' },
  'secret-token': { type: 'string' },
  'signing-token': { type: 'string' },
  'reject-invalid': { type: 'boolean' },
  'mock-trigger-token': { type: 'string' },
  ...MOCK_JENKINS_OPTIONS,
  'in-memory': { type: 'boolean' },
  forward: { type: 'string' },
  route: { type: 'string', multiple: true },
  answer: { type: 'string', multiple: true },
  'move-aside': { type: 'boolean' },
  recover: { type: 'boolean' },
} as const;

export const COMMAND_OPTIONS = {
  listen: { ...receiver, json: { type: 'boolean' }, quiet: { type: 'boolean' } },
  serve: {
    ...receiver,
    'ui-port': { type: 'string' },
    open: { type: 'boolean' },
    'new-token': { type: 'boolean' },
    log: { type: 'boolean' },
    json: { type: 'boolean' },
    quiet: { type: 'boolean' },
    'print-url': { type: 'boolean' },
  },
  export: { ...common, format: { type: 'string' }, out: { type: 'string' }, 'reveal-secrets': { type: 'boolean' }, query: { type: 'string' } },
  list: { ...common, query: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' } },
  replay: {
    ...common,
    to: { type: 'string' },
    'new-id': { type: 'boolean' },
    'signing-token': { type: 'string' },
    insecure: { type: 'boolean' },
  },
  import: { ...common },
  diff: { ...common, raw: { type: 'boolean' }, 'ignore-volatile': { type: 'boolean' }, 'reveal-secrets': { type: 'boolean' } },
  samples: {},
  sample: { variant: { type: 'string' } },
  send: {
    ...common,
    to: { type: 'string' },
    variant: { type: 'string' },
    file: { type: 'string' },
    sample: { type: 'string' },
    ...receiverTokens,
    insecure: { type: 'boolean' },
  },
  // Its options depend on its target, gitlab or jenkins: see TRIGGER_OPTIONS.
  trigger: {},
  // Parsed by lint-jenkins.ts, with its positional id or file.
  'lint-jenkins': {},
  check: {
    ...common,
    to: { type: 'string' },
    check: { type: 'string' },
    events: { type: 'string' },
    kinds: { type: 'string' },
    ...receiverTokens,
    junit: { type: 'string' },
    json: { type: 'boolean' },
    'case-timeout': { type: 'string' },
  },
} as const satisfies Record<string, ParseArgsConfig['options']>;

const triggerCommon = {
  ...common,
  url: { type: 'string' },
  insecure: { type: 'boolean' },
} as const;

export const TRIGGER_OPTIONS = {
  gitlab: {
    ...triggerCommon,
    project: { type: 'string' },
    token: { type: 'string' },
    ref: { type: 'string' },
    var: { type: 'string', multiple: true },
    input: { type: 'string', multiple: true },
    encoding: { type: 'string' },
    'ref-in-url': { type: 'boolean' },
  },
  jenkins: {
    ...triggerCommon,
    job: { type: 'string' },
    'secret-token': { type: 'string' },
    event: { type: 'string' },
    variant: { type: 'string' },
    file: { type: 'string' },
    'build-token': { type: 'string' },
    param: { type: 'string', multiple: true },
    user: { type: 'string' },
    'api-token': { type: 'string' },
  },
} as const satisfies Record<string, ParseArgsConfig['options']>;

export type TriggerTarget = keyof typeof TRIGGER_OPTIONS;

/**
 * `hookbench trigger gitlab|jenkins …`: the target's own flags, strictly, with tokens filled in from the
 * environment (`fromEnvironment` says which, so that a variable never chooses what the command does).
 */
export function parseTriggerArgs<T extends TriggerTarget>(target: T, args: string[], env: Env = process.env) {
  try {
    const options = TRIGGER_OPTIONS[target];
    const { values } = parseArgs({ args, options: withTokenEnvFlags(options), strict: true, allowPositionals: false });
    const fromEnvironment = resolveTokens(values, options, env);
    return { flags: values, fromEnvironment };
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(`hookbench trigger ${target}: ${(error as Error).message}`);
  }
}

export type CommandName = keyof typeof COMMAND_OPTIONS;

export function isCommandName(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMAND_OPTIONS, name);
}

export function parseCommandArgs<C extends CommandName>(command: C, args: string[], env: Env = process.env) {
  return parseCommandLine(command, args, false, env).values;
}

/** For `sample` and `send`: the flags and the one event named before or after them. */
export function parseEventCommand<C extends 'sample' | 'send' | 'replay'>(command: C, args: string[], env: Env = process.env) {
  const { values, positionals } = parseCommandLine(command, args, true, env);
  if (positionals.length !== 1) {
    throw new UsageError(command === 'replay' ? 'hookbench replay takes one delivery id.' : `hookbench ${command} takes one event, e.g. "Push Hook".`);
  }
  return { flags: values, event: positionals[0] };
}

/** For `import`: the flags and the one file. */
export function parseImportCommand(args: string[]) {
  const { values, positionals } = parseCommandLine('import', args, true);
  if (positionals.length !== 1) throw new UsageError('hookbench import takes one file, e.g. hookbench import hooks.har.');
  return { flags: values, file: positionals[0] };
}

/** For `diff`: the flags and the two delivery ids. */
export function parseDiffCommand(args: string[]) {
  const { values, positionals } = parseCommandLine('diff', args, true);
  const ids = positionals.map(Number);
  if (ids.length !== 2 || !ids.every((id) => Number.isSafeInteger(id) && id > 0)) {
    throw new UsageError('hookbench diff takes two delivery ids, e.g. hookbench diff 12 15.');
  }
  return { flags: values, ids: ids as [number, number] };
}

/** For `send`: the event may be left out when a saved sample (--sample, or a sample file) names it. */
export function parseSendCommand(args: string[], env: Env = process.env) {
  const { values, positionals } = parseCommandLine('send', args, true, env);
  if (positionals.length > 1) throw new UsageError('hookbench send takes one event, e.g. "Push Hook".');
  if (positionals.length === 0 && !values.sample && !values.file) {
    throw new UsageError('hookbench send takes one event, e.g. "Push Hook", or a saved sample (--sample NAME or --file F).');
  }
  return { flags: values, event: positionals[0] as string | undefined };
}

/** The command's flags, strictly, with tokens not given as flags taken from the environment. */
function parseCommandLine<C extends CommandName>(command: C, args: string[], allowPositionals: boolean, env: Env = process.env) {
  try {
    const options = COMMAND_OPTIONS[command];
    const parsed = parseArgs({ args, options: withTokenEnvFlags(options), strict: true, allowPositionals });
    resolveTokens(parsed.values, options, env);
    return parsed;
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(`hookbench ${command}: ${(error as Error).message}`);
  }
}

function integerFlag(name: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number > max) throw new UsageError(`--${name} must be a whole number from 0 to ${max}, not "${value}".`);
  return number;
}

export const portFlag = (name: string, value: string | undefined) => integerFlag(name, value, 65_535);
export const countFlag = (name: string, value: string | undefined) => integerFlag(name, value, Number.MAX_SAFE_INTEGER);
