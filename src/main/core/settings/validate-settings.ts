import type { SettingsPatch } from '@shared/settings';
import { UserError } from '@shared/user-error';

type Check = (value: unknown, name: string) => void;

/** What Node's HTTP writer accepts in a header value (RFC 9110 field-value octets). */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

const integer = (min: number, max: number): Check => (value, name) => {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new UserError(`${name} must be a whole number from ${min} to ${max}.`);
  }
};

const text: Check = (value, name) => {
  if (typeof value !== 'string') throw new UserError(`${name} must be text.`);
};

const oneOf = (...allowed: string[]): Check => (value, name) => {
  if (!allowed.includes(value as string)) throw new UserError(`${name} must be one of ${allowed.join(', ')}.`);
};

const boolean: Check = (value, name) => {
  if (typeof value !== 'boolean') throw new UserError(`${name} must be true or false.`);
};

const host: Check = (value, name) => {
  text(value, name);
  if (!/^[\w.:[\]-]+$/.test(value as string)) throw new UserError(`${name} "${value}" is not a host name or address.`);
};

const httpUrl: Check = (value, name) => {
  text(value, name);
  if (!URL.canParse(value as string) || !/^https?:$/.test(new URL(value as string).protocol)) {
    throw new UserError(`${name} must be an http:// or https:// URL.`);
  }
};

const headerPairs: Check = (value, name) => {
  const ok = Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 &&
    typeof pair[0] === 'string' && /^[!#$%&'*+.^_`|~\w-]+$/.test(pair[0]) && typeof pair[1] === 'string' &&
    HEADER_VALUE.test(pair[1]));
  if (!ok) {
    throw new UserError(
      `${name} must be a list of [name, value] headers with valid names and values of one line of Latin-1 text.`,
    );
  }
};

const defaultResponse: Check = (value, name) => {
  if (typeof value !== 'object' || value === null) throw new UserError(`${name} must be an object.`);
  const r = value as Record<string, unknown>;
  integer(100, 599)(r.status, `${name}.status`);
  headerPairs(r.headers, `${name}.headers`);
  text(r.body, `${name}.body`);
  integer(0, 60_000)(r.delayMs, `${name}.delayMs`);
};

const MAX_SAVED_FILTERS = 50;

/** Each a name shown in the filter bar and a query; the query is parsed when used, so one saved by a newer Hookbench still loads. */
const savedFilters: Check = (value, name) => {
  const ok = Array.isArray(value) && value.length <= MAX_SAVED_FILTERS && value.every((f) =>
    typeof f === 'object' && f !== null && typeof f.name === 'string' && f.name.trim().length > 0 && f.name.length <= 80 &&
    typeof f.query === 'string' && f.query.length <= 2000);
  if (!ok) throw new UserError(`${name} must be a list of at most ${MAX_SAVED_FILTERS} { name, query }, each named (up to 80 characters).`);
};

const CHECKS: Record<string, Record<string, Check>> = {
  receiver: {
    host,
    port: integer(0, 65_535),
    bodyLimitBytes: integer(1, 1024 * 1024 * 1024),
    defaultResponse,
    rejectInvalid: boolean,
  },
  storage: { retain: integer(0, 10_000_000) },
  samples: { folder: text },
  sending: {
    gitlabUrl: httpUrl,
    gitlabVersion: (value, name) => {
      text(value, name);
      if (!/^[\w.+-]{1,40}$/.test(value as string)) throw new UserError(`${name} must look like 19.1.0.`);
    },
    timeoutMs: integer(100, 600_000),
    verifyTls: boolean,
  },
  appearance: { theme: oneOf('system', 'light', 'dark') },
  notifications: { redInBackground: boolean },
  inbox: { savedFilters },
};

/** Throws a UserError naming the first bad field; unknown fields are refused rather than ignored. */
export function validateSettingsPatch(patch: unknown): SettingsPatch {
  if (typeof patch !== 'object' || patch === null) throw new UserError('Settings must be an object.');
  for (const [section, fields] of Object.entries(patch)) {
    const checks = Object.hasOwn(CHECKS, section) ? CHECKS[section] : undefined;
    if (!checks) throw new UserError(`There is no settings section "${section}".`);
    if (typeof fields !== 'object' || fields === null) throw new UserError(`Settings "${section}" must be an object.`);
    for (const [field, value] of Object.entries(fields)) {
      const check = Object.hasOwn(checks, field) ? checks[field] : undefined;
      if (!check) throw new UserError(`There is no setting "${section}.${field}".`);
      check(value, `${section}.${field}`);
    }
  }
  return patch as SettingsPatch;
}
