/**
 * The headers a forward carries: the sender's, in order and case with duplicates, less the hop-by-hop ones
 * (RFC 9110 §7.6.1, and whatever the sender's Connection header names) and with Host rewritten to the target
 * unless the route keeps it. The body goes whole, so a chunked request arrives with its Content-Length.
 */

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/** The hop-by-hop headers of one connection: the standard ones and those its Connection header names. */
function hopByHop(rawHeaders: readonly string[]): ReadonlySet<string> {
  let dropped: ReadonlySet<string> = HOP_BY_HOP;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i].length !== 10 || rawHeaders[i].toLowerCase() !== 'connection') continue;
    for (const named of rawHeaders[i + 1].split(',')) {
      const lower = named.trim().toLowerCase();
      // Copied only when the sender names one of its own (most say keep-alive or close).
      if (!dropped.has(lower)) dropped = new Set([...dropped, lower]);
    }
  }
  return dropped;
}

/**
 * The target's answer as it goes back to the sender: every header in order and case but the hop-by-hop ones,
 * which belong to the connection to the target (node frames the sender's own connection).
 */
export function answerHeaders(rawHeaders: readonly string[]): string[] {
  const dropped = hopByHop(rawHeaders);
  const out: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (!dropped.has(rawHeaders[i].toLowerCase())) out.push(rawHeaders[i], rawHeaders[i + 1]);
  }
  return out;
}

export function forwardHeaders(rawHeaders: readonly string[], target: URL, keepHost: boolean, bodyBytes: number): string[] {
  const dropped = hopByHop(rawHeaders);
  const out: string[] = [];
  let hasLength = false;
  let hasHost = false;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const lower = rawHeaders[i].toLowerCase();
    if (dropped.has(lower)) continue;
    if (lower === 'host') {
      if (hasHost) continue;
      hasHost = true;
      out.push(rawHeaders[i], keepHost ? rawHeaders[i + 1] : target.host);
      continue;
    }
    if (lower === 'content-length') hasLength = true;
    out.push(rawHeaders[i], rawHeaders[i + 1]);
  }
  if (!hasHost) out.unshift('Host', target.host);
  if (!hasLength && bodyBytes > 0) out.push('Content-Length', String(bodyBytes));
  // The connection to the target is kept for the next forward.
  out.push('Connection', 'keep-alive');
  return out;
}

/** The request line and headers as they go over the socket (latin1: header bytes pass as node's parser read them). */
export function requestHead(method: string, path: string, headers: readonly string[]): string {
  let head = `${method} ${path || '/'} HTTP/1.1\r\n`;
  for (let i = 0; i < headers.length; i += 2) head += `${headers[i]}: ${headers[i + 1]}\r\n`;
  return `${head}\r\n`;
}
