/**
 * The small part of JSON Schema draft-07 these schemas use: what Monaco's JSON language service validates
 * and completes from (`setDiagnosticsOptions({ schemas })`). Plain objects, so they cross IPC and JSON as is.
 */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  const?: string;
  enum?: readonly (string | null)[];
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
}

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

export const string: JsonSchema = { type: 'string' };
export const integer: JsonSchema = { type: 'integer' };
export const boolean: JsonSchema = { type: 'boolean' };

/** The same schema, or null (GitLab sends null for unset fields rather than leaving them out). */
export function nullable(schema: JsonSchema): JsonSchema {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return { ...schema, type: [...types, 'null'] };
}

export function arrayOf(items: JsonSchema): JsonSchema {
  return { type: 'array', items };
}

/** An object with these typed fields, these of them required, and room for fields newer GitLab adds. */
export function objectWith(properties: Record<string, JsonSchema>, required: readonly string[] = []): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: true };
}

export function oneOfValues(...values: string[]): JsonSchema {
  return { type: 'string', enum: values };
}
