import { shellQuote } from '../shell-quote';
import { bodyBase64, bodyText, MASKED_WARNING, sentBody, type CopyRequest } from './copy-request';
import { leftOutComment, splitHeaders } from './unsendable';

/** HTTPie's `Name;` sends an empty value; `Name:` would unset the header. */
function headerItem(name: string, value: string): string {
  return shellQuote(value === '' ? `${name};` : `${name}:${value}`);
}

/** An HTTPie command with the method, URL, body, and the headers a one-value-per-name form can carry. */
export function httpieCopy(request: CopyRequest): string {
  const { sent, left } = splitHeaders(request.headers);
  const body = sentBody(request);
  const text = body && bodyText(body);
  const words = ['http', '--path-as-is', ...(text ? [`--raw ${shellQuote(text)}`] : []), request.method, shellQuote(request.url)];
  words.push(...sent.map(([name, value]) => headerItem(name, value)));
  // HTTPie sends JSON's Content-Type with a body unless told which.
  if (body && !sent.some(([name]) => name.toLowerCase() === 'content-type')) words.push(shellQuote('Content-Type:'));
  const command = words.join(' \\\n  ');
  const piped = body && !text ? `printf %s ${shellQuote(bodyBase64(body))} | base64 --decode | ${command}` : command;
  return [...leftOutComment('#', left, request.masked, MASKED_WARNING, null), piped].join('\n');
}
