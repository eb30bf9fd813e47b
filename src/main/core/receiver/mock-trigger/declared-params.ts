/** Grape's checks of the trigger endpoint's declared parameters: `ref`, `token`, then `variables`. */
import { isParamObject, type Params } from './params';

export interface TriggerCall {
  /** Null when sent as JSON null: declared, so not missing, and no trigger has it. */
  token: string | null;
  ref: string;
  /** A hash, but its values are checked only after the Pipeline Hook guard, as GitLab does. */
  variables: Params;
}

export type DeclaredParams = { call: TriggerCall; errors: null } | { call: null; errors: string[] };

/** Grape's `type: String`: scalars become strings, a hash or an array is invalid. */
function asString(value: unknown): string | null | undefined {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Rails' `blank?` for a string: empty or only whitespace. */
const isBlank = (value: string | null) => value === null || value.trim() === '';

export function checkDeclaredParams(params: Params): DeclaredParams {
  const errors: string[] = [];
  const ref = asString(params.ref);
  if (!('ref' in params)) errors.push('ref is missing');
  else if (ref === undefined) errors.push('ref is invalid');
  else if (isBlank(ref)) errors.push('ref is empty');

  const token = asString(params.token);
  if (!('token' in params)) errors.push('token is missing');
  else if (token === undefined) errors.push('token is invalid');

  const variables = params.variables ?? {};
  if (!isParamObject(variables)) errors.push('variables is invalid');

  if (errors.length > 0) return { call: null, errors };
  return { call: { token: token!, ref: ref!, variables: variables as Params }, errors: null };
}
