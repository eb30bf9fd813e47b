/**
 * A bar of the traffic chart as a time filter in the search language: `after:` and `before:` in local time to
 * the minute, as the query language takes them, added to every OR group (AND binds tighter than OR).
 */
import { parseQuery } from '@shared/query/parse-query';

/** Raw tokens as typed, quotes kept: a quoted value with spaces stays one token. */
const TOKEN = /(?:[^\s"]+|"(?:\\"|[^"])*")+/g;
const TIME_TERM = /^-?(after|before):/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-12-01T14:02, the machine's local time, as `after:`/`before:` read it. */
export function localMinute(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function groupsOf(query: string): string[][] {
  const groups: string[][] = [[]];
  for (const token of query.match(TOKEN) ?? []) {
    if (token === 'OR') groups.push([]);
    else if (!TIME_TERM.test(token)) groups[groups.length - 1].push(token);
  }
  return groups.filter((group) => group.length > 0);
}

/** The query without its time terms, then filtered to [start, end) in each of its groups. */
export function withTimeRange(query: string, start: number, end: number): string {
  const range = [`after:${localMinute(start)}`, `before:${localMinute(end)}`];
  const groups = groupsOf(query);
  if (groups.length === 0) return range.join(' ');
  return groups.map((group) => [...group, ...range].join(' ')).join(' OR ');
}

/** The query with every `after:` and `before:` term taken out (clicking the chosen bar again). */
export function withoutTimeRange(query: string): string {
  return groupsOf(query)
    .map((group) => group.join(' '))
    .join(' OR ');
}

export interface TimeRange {
  after: number | null;
  before: number | null;
}

/** The time range every group of the query keeps to, when they all keep to the same one; null otherwise. */
export function timeRangeOf(query: string): TimeRange | null {
  let groups;
  try {
    groups = parseQuery(query).groups;
  } catch {
    return null;
  }
  const ranges = groups.map((group) => {
    const range: TimeRange = { after: null, before: null };
    for (const term of group) if ((term.kind === 'after' || term.kind === 'before') && !term.negated) range[term.kind] = term.at;
    return range;
  });
  const [first] = ranges;
  if (!first || (first.after === null && first.before === null)) return null;
  return ranges.every((r) => r.after === first.after && r.before === first.before) ? first : null;
}
