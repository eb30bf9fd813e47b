import { shellQuote } from '../shell-quote';
import { bodyBase64, bodyText, MASKED_WARNING, sentBody, type CopyRequest } from './copy-request';

/** Headers curl writes on its own unless told otherwise: each is suppressed when the request had none. */
const CURL_OWN = [
  { name: 'Accept', when: () => true },
  { name: 'User-Agent', when: () => true },
  { name: 'Expect', when: (request: CopyRequest) => sentBody(request) !== null },
  // --data-* says application/x-www-form-urlencoded unless a Content-Type is given.
  { name: 'Content-Type', when: (request: CopyRequest) => sentBody(request) !== null },
];

function has(request: CopyRequest, name: string): boolean {
  return request.headers.some(([header]) => header.toLowerCase() === name.toLowerCase());
}

/** `Name;` is curl's spelling of a header with an empty value (`Name:` would remove it). */
function headerFlag(name: string, value: string): string {
  return `--header ${shellQuote(value === '' ? `${name};` : `${name}: ${value}`)}`;
}

function headerFlags(request: CopyRequest): string[] {
  const flags = CURL_OWN.filter(({ name, when }) => when(request) && !has(request, name)).map(({ name }) => `--header ${shellQuote(`${name}:`)}`);
  // curl writes its Host first; removing it lets the request's own Host go where the request had it.
  const hostFirst = request.headers[0]?.[0].toLowerCase() === 'host';
  if (has(request, 'host') && !hostFirst) flags.push(`--header ${shellQuote('Host:')}`);
  return [...flags, ...request.headers.map(([name, value]) => headerFlag(name, value))];
}

/**
 * A curl command that sends the stored request again byte for byte: HTTP/1.1, the path as stored, the headers
 * in their order and case, curl's own headers suppressed, and a body that is not plain text piped in from base64.
 */
export function curlCopy(request: CopyRequest): string {
  const body = sentBody(request);
  const text = body && bodyText(body);
  const options = ['--http1.1', '--path-as-is', `--request ${request.method}`, ...headerFlags(request)];
  if (text) options.push(`--data-raw ${shellQuote(text)}`);
  else if (body) options.push('--data-binary @-');
  const command = ['curl', ...options, shellQuote(request.url)].join(' \\\n  ');
  const piped = body && !text ? `printf %s ${shellQuote(bodyBase64(body))} | base64 --decode | ${command}` : command;
  return request.masked ? `# ${MASKED_WARNING}\n${piped}` : piped;
}
