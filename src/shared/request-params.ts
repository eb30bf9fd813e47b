/**
 * The parameters a request carries in its query and body, read the way Rails and Jenkins read them:
 * query first, then a urlencoded, multipart or JSON body (top-level strings only). Pure, for warnings.
 */
import { parsedJson } from './answer-excerpt';
import { headerValue } from './headers';

export interface RequestShape {
  method: string;
  /** Full URL, or path and query. */
  url: string;
  headers: ReadonlyArray<readonly [string, string]>;
  /** The body as text (a multipart body as its multipart text). */
  body: string;
}

function multipartFields(contentType: string, body: string): Array<[string, string]> {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return [];
  const fields: Array<[string, string]> = [];
  for (const part of body.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    const name = /name="([^"]*)"/i.exec(part.slice(0, split))?.[1];
    if (split >= 0 && name !== undefined) fields.push([name, part.slice(split + 4).replace(/\r\n$/, '')]);
  }
  return fields;
}

function bodyFields(contentType: string, body: string): Array<[string, string]> {
  if (/multipart\/form-data/i.test(contentType)) return multipartFields(contentType, body);
  if (/application\/x-www-form-urlencoded/i.test(contentType)) return [...new URLSearchParams(body)];
  if (/json/i.test(contentType)) {
    const value = parsedJson(body);
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  }
  return [];
}

/** Every parameter by name; a body value wins over the query's, as in Rails. */
export function requestParams(request: RequestShape): Map<string, string> {
  const url = new URL(request.url, 'http://localhost');
  const params = new Map<string, string>(url.searchParams);
  for (const [name, value] of bodyFields(headerValue(request.headers, 'Content-Type') ?? '', request.body)) params.set(name, value);
  return params;
}
