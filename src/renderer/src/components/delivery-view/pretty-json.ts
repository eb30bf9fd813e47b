/**
 * Re-indents JSON text without parsing it into values, so what is shown is exactly what was sent:
 * numbers keep every digit (no 2^53 rounding), duplicate keys and key order stay, escapes stay as written.
 * The caller validates the text first (JSON.parse); this only moves whitespace.
 */
export function reindentJson(text: string, indent = '  '): string {
  const parts: string[] = [];
  let depth = 0;
  let i = 0;
  const newline = () => '\n' + indent.repeat(depth);

  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const end = endOfString(text, i);
      parts.push(text.slice(i, end));
      i = end;
      continue;
    }
    if (ch === '{' || ch === '[') {
      const next = skipWhitespace(text, i + 1);
      if (text[next] === (ch === '{' ? '}' : ']')) {
        parts.push(ch, text[next]); // an empty container stays on one line
        i = next + 1;
        continue;
      }
      depth++;
      parts.push(ch, newline());
    } else if (ch === '}' || ch === ']') {
      depth--;
      parts.push(newline(), ch);
    } else if (ch === ',') {
      parts.push(',', newline());
    } else if (ch === ':') {
      parts.push(': ');
    } else if (!isWhitespace(ch)) {
      parts.push(ch);
    }
    i++;
  }
  return parts.join('');
}

function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t';
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhitespace(text[i])) i++;
  return i;
}

/** The index just after the closing quote of the string that opens at `start`. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\') i += 2;
    else if (text[i] === '"') return i + 1;
    else i++;
  }
  return text.length;
}

/** The parse error in words, or null when the text is valid JSON. */
export function jsonParseError(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : 'The text is not valid JSON.';
  }
}
