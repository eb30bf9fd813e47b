/**
 * The search language: words and `qualifier:value` terms, AND by default, `OR` between groups, `-` before a
 * term to negate it, double quotes around text with spaces (a `\"` inside is a quote). Pure: the renderer
 * parses as the user types (errors, completion) and the store compiles the same result to SQL.
 */
import { QUALIFIERS, QueryError } from './qualifiers';
import { MIN_TEXT_LENGTH, type ParsedQuery, type Term, type TermMatch } from './query-terms';

export { QueryError } from './qualifiers';

interface Token {
  /** The text with quotes removed. */
  text: string;
  /** Where the first quote opened, -1 when unquoted; a qualifier's name comes before it. */
  quoteAt: number;
  negated: boolean;
  start: number;
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    if (/\s/.test(query[i])) {
      i++;
      continue;
    }
    const start = i;
    const negated = query[i] === '-';
    if (negated) i++;
    let text = '';
    let quoteAt = -1;
    while (i < query.length && !/\s/.test(query[i])) {
      if (query[i] !== '"') {
        text += query[i++];
        continue;
      }
      const opened = i++;
      if (quoteAt < 0) quoteAt = text.length;
      while (i < query.length && query[i] !== '"') {
        if (query[i] === '\\' && query[i + 1] === '"') i++;
        text += query[i++];
      }
      if (i >= query.length) throw new QueryError(`The quote opened at character ${opened + 1} is never closed: add the closing ".`);
      i++;
    }
    tokens.push({ text, quoteAt, negated, start });
  }
  return tokens;
}

function termOf(token: Token): TermMatch {
  const colon = token.text.indexOf(':');
  const named = colon > 0 && (token.quoteAt < 0 || colon < token.quoteAt) && /^[a-z]+$/i.test(token.text.slice(0, colon));
  if (named) {
    const name = token.text.slice(0, colon).toLowerCase();
    const qualifier = QUALIFIERS[name];
    if (!qualifier) {
      throw new QueryError(
        `"${name}:" is not a qualifier (they are ${Object.keys(QUALIFIERS).join(', ')}); to look for the text itself, quote it: "${token.text}".`,
      );
    }
    const value = token.text.slice(colon + 1);
    if (!value) throw new QueryError(`${name}: needs a value, as in ${qualifier.example}.`);
    return qualifier.parse(value);
  }
  if (token.quoteAt < 0 && token.text.startsWith('/') && token.text.length > 1) return { kind: 'path', pattern: token.text, glob: false };
  if (token.text.length < MIN_TEXT_LENGTH) {
    throw new QueryError(
      `"${token.text}" is shorter than ${MIN_TEXT_LENGTH} characters: give a longer word, or a qualifier (like method:${token.text} or status:${token.text}).`,
    );
  }
  return { kind: 'text', text: token.text };
}

/** Parses a query; throws a QueryError saying what is wrong, in words. An empty query has no groups. */
export function parseQuery(query: string): ParsedQuery {
  const groups: Term[][] = [];
  let group: Term[] = [];
  for (const token of tokenize(query)) {
    if (token.text === 'OR' && token.quoteAt < 0 && !token.negated) {
      if (group.length === 0) throw new QueryError(`OR at character ${token.start + 1} needs a term on each side.`);
      groups.push(group);
      group = [];
      continue;
    }
    if (token.negated && token.text === '') throw new QueryError(`The - at character ${token.start + 1} negates nothing.`);
    group.push({ ...termOf(token), negated: token.negated });
  }
  if (group.length) groups.push(group);
  else if (groups.length) throw new QueryError('The query ends with OR: add a term after it, or remove the OR.');
  return { groups };
}
