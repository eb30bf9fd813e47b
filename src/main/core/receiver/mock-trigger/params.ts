/** A trigger call's parameters as GitLab (Rack + Grape) reads them from the query, the body and the path. */
import type { TriggerRoute } from './route';

export type Params = Record<string, unknown>;

const FORM_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded']);

/**
 * Query first, then the body over it key by key (Rack's `GET.merge(POST)`; a JSON body takes the form's
 * place), then the ref from the path over both. Other content types carry no parameters, as in Grape.
 * Null when the body is not what its Content-Type says.
 */
export async function readParams(route: TriggerRoute, rawHeaders: readonly string[], body: Buffer): Promise<Params | null> {
  const fromBody = await bodyParams(headerValue(rawHeaders, 'content-type'), body);
  if (fromBody === null) return null;
  const params = newParams();
  addPairs(params, new URLSearchParams(route.query));
  Object.assign(params, fromBody);
  if (route.pathRef !== null) params.ref = route.pathRef;
  return params;
}

/** Null when the body says it is JSON or a form but cannot be read as one. */
async function bodyParams(contentType: string | null, body: Buffer): Promise<Params | null> {
  const mediaType = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  if (body.byteLength === 0) return newParams();
  if (mediaType === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return null;
    }
    // Grape files a JSON body that is not an object under `_json`, where no trigger parameter is looked for.
    return isParamObject(parsed) ? parsed : newParams();
  }
  if (!FORM_TYPES.has(mediaType)) return newParams();
  let form: FormData;
  try {
    const request = new Request('http://mock.invalid/', {
      method: 'POST', headers: { 'content-type': contentType! }, body: new Uint8Array(body),
    });
    form = await request.formData();
  } catch {
    return null;
  }
  const params = newParams();
  addPairs(params, form);
  return params;
}

/** Rack's nested keys: `variables[KEY]=v` makes a hash, `list[]=v` an array; a repeated plain key keeps its last value. */
function addPairs(params: Params, pairs: Iterable<[string, string | File]>): void {
  for (const [key, value] of pairs) {
    setNested(params, key, typeof value === 'string' ? value : { filename: value.name, type: value.type });
  }
}

const NESTED_KEY = /^([^[\]]+)((?:\[[^[\]]*\])+)$/;

function setNested(params: Params, key: string, value: unknown): void {
  const match = NESTED_KEY.exec(key);
  if (!match) {
    params[key] = value;
    return;
  }
  const keys = Array.from(match[2].matchAll(/\[([^[\]]*)\]/g), (bracket) => bracket[1]);
  let node = params;
  let slot = match[1];
  for (const part of keys) {
    if (part === '') {
      // `[]` appends; what follows it (Rack's arrays of hashes) no trigger parameter uses.
      const list = Array.isArray(node[slot]) ? (node[slot] as unknown[]) : [];
      list.push(value);
      node[slot] = list;
      return;
    }
    if (!isParamObject(node[slot])) node[slot] = newParams();
    node = node[slot] as Params;
    slot = part;
  }
  node[slot] = value;
}

/** Without a prototype, so a key such as `__proto__` is only ever a key. */
function newParams(): Params {
  return Object.create(null) as Params;
}

export function isParamObject(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first value of a header among node's flat raw headers. */
export function headerValue(rawHeaders: readonly string[], lowerCaseName: string): string | null {
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i].toLowerCase() === lowerCaseName) return rawHeaders[i + 1];
  }
  return null;
}
