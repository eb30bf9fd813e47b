/**
 * Scenario files arrive untyped (hand-written JSON kept in git): each field is checked and every mistake named
 * in words with what to write instead; then the story is told once, so a step the story cannot follow (a
 * pipeline before any push) is refused when the file is listed, not halfway through a play.
 */
import { SCENARIO_EVENTS, SCENARIO_JOBS, type Scenario, type ScenarioEvent, type ScenarioStep } from '@shared/scenario';
import { UserError } from '@shared/user-error';
import { parseJson } from '../json-folder/json-folder';
import { tellStory } from './story';

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

const MAX_STEPS = 100;
const MAX_DELAY_SECONDS = 600;
const MAX_NAME_LENGTH = 80;
const TAG_NAME = /^[\w][\w.\-/]{0,99}$/;

/** Each event's variants (the catalogue's ids a story can follow), and the fields its step takes beside them. */
const STEP_SHAPES: Readonly<Record<ScenarioEvent, { variants: readonly string[]; fields: readonly string[] }>> = {
  push: { variants: [], fields: ['branch', 'commits'] },
  'tag-push': { variants: [], fields: ['tag'] },
  pipeline: { variants: ['pending', 'running', 'success', 'failed'], fields: [] },
  job: { variants: ['created', 'running', 'success', 'failed'], fields: ['job', 'retry'] },
  'merge-request': { variants: ['open', 'update', 'approved', 'merge', 'close'], fields: [] },
  deployment: { variants: ['running', 'success', 'failed'], fields: [] },
  release: { variants: ['create'], fields: [] },
};

const COMMON_FIELDS = ['event', 'variant', 'delaySeconds'];

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

function refuse(field: string, rule: string): never {
  throw new UserError(`Scenario: "${field}" must be ${rule}.`);
}

function wholeNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    refuse(field, `a whole number from ${min} to ${max}, not ${JSON.stringify(value)}`);
  }
  return value;
}

function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) refuse(field, `one of ${quoted(allowed)}, not ${JSON.stringify(value)}`);
  return value as T;
}

function checkedStep(value: unknown, at: string): ScenarioStep {
  if (!isRecord(value)) refuse(at, 'an object like {"event": "pipeline", "variant": "running"}');
  const event = oneOf(value.event, `${at}.event`, SCENARIO_EVENTS);
  const shape = STEP_SHAPES[event];
  const allowed = [...COMMON_FIELDS, ...shape.fields];
  const unknown = Object.keys(value).find((key) => !allowed.includes(key));
  if (unknown) {
    throw new UserError(
      `Scenario: ${at} has "${unknown}", which a ${event} step does not take; it takes ${quoted(allowed)}. ` +
        'Tokens never go in a scenario file: give them when playing it.',
    );
  }
  const step: ScenarioStep = { event };
  if (shape.variants.length > 0) step.variant = oneOf(value.variant, `${at}.variant`, shape.variants);
  else if (value.variant !== undefined) refuse(`${at}.variant`, `left out: a ${event} step has no variant`);
  if (value.delaySeconds !== undefined) step.delaySeconds = wholeNumber(value.delaySeconds, `${at}.delaySeconds`, 0, MAX_DELAY_SECONDS);
  if (event === 'push') {
    step.branch = oneOf(value.branch, `${at}.branch`, ['feature', 'default'] as const);
    if (value.commits !== undefined) step.commits = wholeNumber(value.commits, `${at}.commits`, 1, 20);
  }
  if (event === 'job') {
    step.job = oneOf(value.job, `${at}.job`, SCENARIO_JOBS);
    if (value.retry !== undefined) step.retry = typeof value.retry === 'boolean' ? value.retry : refuse(`${at}.retry`, 'true or false');
  }
  if (event === 'tag-push' && value.tag !== undefined) {
    if (typeof value.tag !== 'string' || !TAG_NAME.test(value.tag)) refuse(`${at}.tag`, 'a tag name like "v1.4.0" (letters, digits, . - / _)');
    step.tag = value.tag;
  }
  return step;
}

/** A scenario as written in a file or built in: checked field by field, then told once to check its story. */
export function checkedScenario(value: unknown): Scenario {
  if (!isRecord(value)) throw new UserError('Not a scenario: the file must hold an object with "name", "description" and "steps".');
  const unknown = Object.keys(value).find((key) => !['name', 'description', 'steps'].includes(key));
  if (unknown) throw new UserError(`Scenario: "${unknown}" is not a scenario field; a scenario has "name", "description" and "steps".`);
  const { name, description = '', steps } = value;
  if (typeof name !== 'string' || !name.trim() || name.length > MAX_NAME_LENGTH) refuse('name', `text of 1 to ${MAX_NAME_LENGTH} characters`);
  if (typeof description !== 'string') refuse('description', 'text');
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > MAX_STEPS) refuse('steps', `a list of 1 to ${MAX_STEPS} steps`);
  const scenario = { name: name.trim(), description, steps: steps.map((step, index) => checkedStep(step, `steps[${index + 1}]`)) };
  tellStory(scenario, 1, 0);
  return scenario;
}

/** Reads a scenario file, saying in words what is wrong with one that cannot be played. */
export function parseScenarioFile(text: string): Scenario {
  return checkedScenario(parseJson(text));
}
