import { UserError } from '@shared/user-error';

/** An http(s) URL, or a UserError naming what it was meant to be. */
export function parseHttpUrl(text: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new UserError(`${what} "${text}" is not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`${what} must start with http:// or https://, not ${url.protocol}//.`);
  }
  return url;
}

/** CGI.unescape as Ruby has it: "+" is a space and %XX a byte; a malformed escape is left as it is. */
function cgiUnescape(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const escaped = text[i] === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3));
    if (escaped) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (text[i] === '+') {
      bytes.push(0x20);
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

/**
 * What GitLab does with a hook URL holding user:pass@: the credentials leave the URL and travel as Basic
 * auth instead, each part CGI-unescaped (so %40 is "@" and "+" a space) and sent as its bytes.
 */
export function splitUserInfo(target: string): { url: string; authorization?: string } {
  const url = parseHttpUrl(target, 'The target URL');
  if (!url.username && !url.password) return { url: url.href };
  const credentials = Buffer.concat([cgiUnescape(url.username), Buffer.from(':'), cgiUnescape(url.password)]);
  url.username = '';
  url.password = '';
  return { url: url.href, authorization: `Basic ${credentials.toString('base64')}` };
}
