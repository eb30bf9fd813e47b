import { lineDiff, type DiffLine } from './line-diff';

const CONTEXT = 3;

/** `@@ -a,b +c,d @@` as diff(1) writes it: a range of no lines starts one line before. */
function range(start: number, count: number): string {
  return `${count === 0 ? start : start + 1},${count}`;
}

/** A text's lines; the newline that ends the last one does not start another. */
function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

/** A unified diff (3 lines of context) of two texts, as `diff -u` prints it; empty when they are equal. */
export function unifiedDiff(before: string, after: string, names: [string, string]): string {
  const script = lineDiff(lines(before), lines(after));
  const changed = script.map((line, index) => (line.kind === 'same' ? -1 : index)).filter((index) => index >= 0);
  if (changed.length === 0) return '';
  const out = [`--- ${names[0]}`, `+++ ${names[1]}`];
  let at = 0;
  while (at < changed.length) {
    let end = at;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * CONTEXT) end++;
    const first = Math.max(0, changed[at] - CONTEXT);
    const last = Math.min(script.length - 1, changed[end] + CONTEXT);
    out.push(hunk(script, first, last));
    at = end + 1;
  }
  return `${out.join('\n')}\n`;
}

function hunk(script: DiffLine[], first: number, last: number): string {
  const lineOf = (upTo: number, kind: 'removed' | 'added') => script.slice(0, upTo).filter((line) => line.kind !== kind).length;
  const lines = script.slice(first, last + 1);
  const beforeCount = lines.filter((line) => line.kind !== 'added').length;
  const afterCount = lines.filter((line) => line.kind !== 'removed').length;
  const head = `@@ -${range(lineOf(first, 'added'), beforeCount)} +${range(lineOf(first, 'removed'), afterCount)} @@`;
  const marks = { same: ' ', removed: '-', added: '+' } as const;
  return [head, ...lines.map((line) => `${marks[line.kind]}${line.text}`)].join('\n');
}
