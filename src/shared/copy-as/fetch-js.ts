import { bodyBase64, bodyText, MASKED_WARNING, sentBody, type CopyRequest } from './copy-request';
import { BROWSER_FORBIDDEN, leftOutComment, splitHeaders } from './unsendable';

function bodyExpression(body: Uint8Array): string {
  const text = bodyText(body);
  return text ? JSON.stringify(text) : `Uint8Array.from(atob(${JSON.stringify(bodyBase64(body))}), (c) => c.charCodeAt(0))`;
}

/** A fetch() call with the method, URL, body, and the headers fetch may set. */
export function fetchCopy(request: CopyRequest): string {
  const { sent, left } = splitHeaders(request.headers, BROWSER_FORBIDDEN);
  const body = sentBody(request);
  const lines = [
    ...leftOutComment('//', left, request.masked, MASKED_WARNING, request.url),
    `const response = await fetch(${JSON.stringify(request.url)}, {`,
    `  method: ${JSON.stringify(request.method)},`,
    '  headers: [',
    ...sent.map(([name, value]) => `    [${JSON.stringify(name)}, ${JSON.stringify(value)}],`),
    '  ],',
  ];
  if (body) lines.push(`  body: ${bodyExpression(body)},`);
  lines.push('});');
  return lines.join('\n');
}
