import type { JsonSchema, JsonType } from '@shared/event-schemas/json-schema';

/**
 * Just enough draft-07 to check the samples against their schemas (no validator is installed):
 * type, const, enum, pattern, properties, required, items. Returns one line per problem, with its path.
 */
export function validate(schema: JsonSchema, value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => hasType(value, type))) return [`${path}: expected ${types.join(' or ')}, got ${JSON.stringify(value)}`];
  }
  if (schema.const !== undefined && value !== schema.const) problems.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value as string | null)) {
    problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern).test(value)) {
    problems.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (isObject(value)) {
    for (const key of schema.required ?? []) if (!Object.hasOwn(value, key)) problems.push(`${path}: missing ${key}`);
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (Object.hasOwn(value, key)) problems.push(...validate(child, value[key], `${path}.${key}`));
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, index) => problems.push(...validate(schema.items!, item, `${path}[${index}]`)));
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}
