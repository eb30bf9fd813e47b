/** Where Jackson, as the plugin configures it, would fail to read a hook into its model: a 500 on Jenkins. */
import { FIELD_TYPES, valuesAt, type FieldType, type HookKind } from './hook-fields';

const INT_MAX = 2_147_483_647;
const INT_MIN = -2_147_483_648;

const kindOf = (value: unknown) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

/** Jackson's default coercions: numbers and numeric text become integers, scalars become text; null is always fine. */
function typeProblem(type: FieldType, value: unknown): string | null {
  if (value === null) return null;
  switch (type) {
    case 'integer': {
      const number = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
      if (Number.isNaN(number)) return `is ${kindOf(value)} where the plugin reads a Java Integer`;
      if (number > INT_MAX || number < INT_MIN) return `is ${String(value)}, above 2147483647, the largest Java Integer the plugin reads ids into`;
      return null;
    }
    case 'string':
      return typeof value === 'object' ? `is ${kindOf(value)} where the plugin reads text` : null;
    case 'object':
      return typeof value === 'object' && !Array.isArray(value) ? null : `is ${kindOf(value)} where the plugin reads an object`;
    case 'array':
      return Array.isArray(value) ? null : `is ${kindOf(value)} where the plugin reads a list`;
  }
}

/** The first field that fails parsing, in words (`project_id is 3000000000, above …`), or null. */
export function parseFailure(kind: HookKind, hook: unknown): string | null {
  for (const [path, type] of Object.entries(FIELD_TYPES[kind])) {
    for (const [at, value] of valuesAt(hook, path)) {
      const problem = typeProblem(type, value);
      if (problem) return `\`${at}\` ${problem}`;
    }
  }
  return null;
}
