/**
 * `hookbench play SCENARIO --to URL [--step N] [--no-delays] [--seed N] [--start TIME]`: a scenario's steps sent as
 * GitLab sends them, through the contract; one line per step with GitLab's verdict, exit 1 unless every step succeeded.
 */
import { parseArgs } from 'node:util';
import type { PlayScenarioRequest, ScenarioPlay, Scenarios } from '@shared/scenario';
import { statusLabel } from '@shared/delivery';
import type { AppCore } from '../../core/app-core';
import { resolveTokens, withTokenEnvFlags } from './token-flags';
import { UsageError } from './usage-error';

export const PLAY_USAGE = `play SCENARIO [--to URL] [--step N] [--no-delays] [--seed N] [--start TIME] [--secret-token T]
     [--signing-token whsec_...] [--insecure] [--json] [--data-dir DIR]
play --list [--data-dir DIR]
  Plays a scenario (a built-in: push-to-deploy, mr-review, tag-release, failed-pipeline-with-retry, or a file
  in the samples folder's scenarios/) step by step as GitLab sends it, each step stored as a sent delivery.
  --to URL        the receiver (default: the Hookbench receiver running for the data folder)
  --step N        only step N; with the same --seed and --start it is the same story as the whole play
  --no-delays     send the steps back to back instead of waiting each step's delay
  --seed N        the story's seed (SHAs, ids); printed after each play so a step can be played again
  --start TIME    when the story's first step happens (ISO time or epoch ms; default: the step played is now)
  --list          list the scenarios and their steps
  Tokens default to the receiver tokens in Settings. Exits 1 unless GitLab would count every step a success.
`;

const OPTIONS = {
  'data-dir': { type: 'string' },
  to: { type: 'string' },
  step: { type: 'string' },
  'no-delays': { type: 'boolean' },
  seed: { type: 'string' },
  start: { type: 'string' },
  'secret-token': { type: 'string' },
  'signing-token': { type: 'string' },
  insecure: { type: 'boolean' },
  json: { type: 'boolean' },
  list: { type: 'boolean' },
} as const;

function wholeFlag(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`--${name} must be a whole number from ${min}, not "${value}".`);
  }
  return Number(value);
}

function startFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const at = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(at)) throw new UsageError(`--start must be an ISO time like 2026-12-01T20:00:00Z or epoch milliseconds, not "${value}".`);
  return at;
}

export function parsePlayArgs(args: string[], env: Record<string, string | undefined> = process.env) {
  try {
    const { values, positionals } = parseArgs({ args, options: withTokenEnvFlags(OPTIONS), strict: true, allowPositionals: true });
    resolveTokens(values, OPTIONS, env);
    if (values.list) return { list: true as const, dataDir: values['data-dir'] };
    if (positionals.length !== 1) throw new UsageError('hookbench play takes one scenario, e.g. hookbench play mr-review --to http://localhost:3000/hooks.');
    const request: PlayScenarioRequest = {
      scenario: positionals[0],
      to: values.to,
      step: wholeFlag('step', values.step, 1),
      delays: !values['no-delays'],
      seed: wholeFlag('seed', values.seed, 0),
      startAt: startFlag(values.start),
      secretToken: values['secret-token'],
      signingToken: values['signing-token'],
      ...(values.insecure && { verifyTls: false }),
    };
    return { list: false as const, request, json: values.json ?? false, dataDir: values['data-dir'] };
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(`hookbench play: ${(error as Error).message}`);
  }
}

export function scenarioList({ folder, entries }: Scenarios): string {
  const lines = entries.map((entry) =>
    entry.problem
      ? `${entry.id}  cannot be played: ${entry.problem}\n`
      : `${entry.id}${entry.source === 'file' ? ` (${entry.name})` : ''}  ${entry.steps!.length} steps — ${entry.description}\n`,
  );
  return `${lines.join('')}Scenario files: ${folder}\n`;
}

export function playText(play: ScenarioPlay): string {
  const lines = play.steps.map(
    (step) =>
      `${step.gitlab === 'success' ? '✓' : '✗'} ${step.step}/${play.stepCount} ${step.title} (${step.header}) — ${statusLabel(step)}` +
      `${step.durationMs === null ? '' : ` in ${Math.round(step.durationMs)} ms`} (delivery #${step.deliveryId}): ${step.words}\n`,
  );
  const succeeded = play.steps.filter((step) => step.gitlab === 'success').length;
  const again = `hookbench play ${play.scenario} --to ${play.to} --seed ${play.seed} --start ${new Date(play.startAt).toISOString()} --step N`;
  return `${lines.join('')}${succeeded} of ${play.steps.length} step(s) succeeded as GitLab counts them. The same story again: ${again}\n`;
}

/** Resolves with the text to print and the exit code: 0 only when GitLab would count every step a success. */
export async function playScenario(core: AppCore, args: string[]): Promise<{ text: string; code: number }> {
  const parsed = parsePlayArgs(args);
  if (parsed.list) return { text: scenarioList(await core.handlers.listScenarios()), code: 0 };
  const play = await core.handlers.playScenario(parsed.request);
  const code = play.steps.every((step) => step.gitlab === 'success') ? 0 : 1;
  return { text: parsed.json ? `${JSON.stringify(play)}\n` : playText(play), code };
}
