/** What the search box offers while typing, and how the quick toggles and the event picker edit a query. */
import { GITLAB_EVENTS } from '../gitlab-catalogue';
import { QUALIFIERS } from './qualifiers';

export interface Completion {
  /** The whole query once this completion is taken. */
  query: string;
  /** What the list shows. */
  label: string;
  hint: string;
}

const VALUES: Record<string, readonly string[]> = {
  status: ['failed', 'success', 'pending', '"internal error"', '2xx', '4xx', '5xx', '404', '500'],
  event: GITLAB_EVENTS.map((e) => `"${e.header}"`),
  method: ['POST', 'GET', 'PUT'],
  origin: ['captured', 'forwarded', 'replay', 'sample', 'trigger', 'check'],
  verdict: ['invalid', 'missing', 'valid', 'not-configured'],
  header: ['X-Gitlab-Token', 'X-Gitlab-Event', 'X-Gitlab-Event-UUID', 'X-Gitlab-Webhook-UUID', 'Idempotency-Key'],
  size: ['>1mb', '>100kb', '<1kb'],
};
const MAX_COMPLETIONS = 8;

/** Completions for the word being typed at the end of `query`: a qualifier's name, then its values. */
export function completions(query: string): Completion[] {
  const start = query.search(/\S*$/);
  const typed = query.slice(start);
  const negation = typed.startsWith('-') ? '-' : '';
  const word = typed.slice(negation.length);
  if (!word) return [];
  const before = query.slice(0, start) + negation;
  const colon = word.indexOf(':');
  if (colon < 0) {
    return Object.entries(QUALIFIERS)
      .filter(([name]) => name.startsWith(word.toLowerCase()) && name !== word.toLowerCase())
      .map(([name, q]) => ({ query: `${before}${name}:`, label: `${name}:`, hint: q.description }));
  }
  const name = word.slice(0, colon).toLowerCase();
  const value = word.slice(colon + 1).toLowerCase().replace(/^"/, '');
  return (VALUES[name] ?? [])
    .filter((v) => v.toLowerCase().replace(/^"/, '').startsWith(value) && v.toLowerCase() !== word.slice(colon + 1).toLowerCase())
    .slice(0, MAX_COMPLETIONS)
    .map((v) => ({ query: `${before}${name}:${v} `, label: `${name}:${v}`, hint: QUALIFIERS[name]?.example ?? '' }));
}

/** Whether the query has this exact term (as a toggle writes it) at the top level. */
export function hasTerm(query: string, term: string): boolean {
  return termsOf(query).includes(term);
}

/** Splits on spaces outside quotes: the terms as typed. */
function termsOf(query: string): string[] {
  return query.match(/(?:[^\s"]+|"(?:[^"\\]|\\.)*"?)+/g) ?? [];
}

/** Adds the term at the end, or takes it out when it is there: what a quick toggle does. */
export function toggleTerm(query: string, term: string): string {
  const terms = termsOf(query);
  return (terms.includes(term) ? terms.filter((t) => t !== term) : [...terms, term]).join(' ');
}

/** Puts `term` in place of every term starting with `prefix` (one event at a time), or removes them with null. */
export function replaceTerm(query: string, prefix: string, term: string | null): string {
  const kept = termsOf(query).filter((t) => !t.toLowerCase().startsWith(prefix));
  return (term ? [...kept, term] : kept).join(' ');
}
