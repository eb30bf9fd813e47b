/**
 * Small checks that turn an untrusted value from IPC or HTTP into a typed one, or refuse it as a `bad-call`
 * naming where it went wrong (`arguments[0].limit must be a whole number`). No dependency: the shapes are few.
 */
import { ContractError, FAILURE } from './errors';

export type Check<T> = (value: unknown, where: string) => T;

export class ArgumentsError extends ContractError {
  override name = 'ArgumentsError';

  constructor(message: string) {
    super(FAILURE.badArguments, message);
  }
}

function refuse(where: string, expected: string, value: unknown): never {
  const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
  throw new ArgumentsError(`${where} must be ${expected}, not ${got}.`);
}

export const text: Check<string> = (value, where) => (typeof value === 'string' ? value : refuse(where, 'text', value));

export const flag: Check<boolean> = (value, where) => (typeof value === 'boolean' ? value : refuse(where, 'true or false', value));

export const wholeNumber: Check<number> = (value, where) =>
  Number.isSafeInteger(value) ? (value as number) : refuse(where, 'a whole number', value);

/** Anything at all: the value is data the core stores or sends as it is (a sample's payload). */
export const anyValue: Check<unknown> = (value) => value;

export function oneOf<const T extends string>(allowed: readonly T[]): Check<T> {
  return (value, where) => (allowed.includes(value as T) ? (value as T) : refuse(where, `one of ${allowed.join(', ')}`, value));
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, where) => (value === undefined ? undefined : check(value, where));
}

/** A trailing argument that may be left out: undefined, or null, which is what JSON makes of an undefined in a list. */
export function optionalArgument<T>(check: Check<T>): Check<T | undefined> {
  return (value, where) => (value === undefined || value === null ? undefined : check(value, where));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, where) => (value === null ? null : check(value, where));
}

export function listOf<T>(check: Check<T>): Check<T[]> {
  return (value, where) => (Array.isArray(value) ? value.map((item, index) => check(item, `${where}[${index}]`)) : refuse(where, 'a list', value));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with these fields checked; other fields pass through for the core to judge. */
/** Every field of T is listed (optional ones too), so a field added to the contract cannot go unchecked. */
export function shape<T extends object>(fields: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
  return (value, where) => {
    if (!isObject(value)) return refuse(where, 'an object', value);
    const checked: Record<string, unknown> = { ...value };
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      const field = (fields[key] as Check<unknown>)(value[key], `${where}.${key}`);
      if (field === undefined) delete checked[key];
      else checked[key] = field;
    }
    return checked as T;
  };
}

/** An object whose fields the core checks itself, in words (settings, presets): here only its being an object. */
export function objectCheckedInCore<T>(): Check<T> {
  return (value, where) => (isObject(value) ? (value as T) : refuse(where, 'an object', value));
}

export const headerPairs: Check<Array<[string, string]>> = listOf((value, where) =>
  Array.isArray(value) && value.length === 2 ? [text(value[0], `${where}[0]`), text(value[1], `${where}[1]`)] : refuse(where, 'a [name, value] pair', value),
);

type Checked<C> = { [K in keyof C]: C[K] extends Check<infer T> ? T : never };

/** The checks for a method's arguments, in order; more arguments than checks is a bad call too. */
export function args<const C extends Check<unknown>[]>(...checks: C): (values: unknown[]) => Checked<C> {
  return (values) => {
    if (values.length > checks.length) {
      throw new ArgumentsError(`It takes ${checks.length === 0 ? 'no arguments' : `at most ${checks.length}`}, not ${values.length}.`);
    }
    return checks.map((check, index) => check(values[index], `arguments[${index}]`)) as Checked<C>;
  };
}
