import { bodyBase64, bodyText, MASKED_WARNING, sentBody, type CopyRequest } from './copy-request';
import { leftOutComment, splitHeaders } from './unsendable';

/** JSON's string syntax is also a valid Python string literal. */
const pythonString = (text: string) => JSON.stringify(text);

/** A Python requests call with the method, URL, body (as bytes), and the headers a dict can carry. */
export function pythonCopy(request: CopyRequest): string {
  const { sent, left } = splitHeaders(request.headers);
  const body = sentBody(request);
  const text = body && bodyText(body);
  const lines = [body && !text ? 'import base64\nimport requests' : 'import requests', ''];
  lines.push(...leftOutComment('#', left, request.masked, MASKED_WARNING, request.url));
  lines.push('response = requests.request(', `    ${pythonString(request.method)},`, `    ${pythonString(request.url)},`, '    headers={');
  lines.push(...sent.map(([name, value]) => `        ${pythonString(name)}: ${pythonString(value)},`), '    },');
  if (text) lines.push(`    data=${pythonString(text)}.encode("utf-8"),`);
  else if (body) lines.push(`    data=base64.b64decode(${pythonString(bodyBase64(body))}),`);
  lines.push(')');
  return lines.join('\n');
}
