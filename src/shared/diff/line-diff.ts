/** One line of an edit script: kept in both, only in the first text, or only in the second. */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Myers' rule for which neighbour diagonal the best path on diagonal k comes from. */
function comesDown(frontier: Int32Array, offset: number, k: number, d: number): boolean {
  return k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]);
}

/**
 * Myers' O(ND) shortest edit script over lines (no diff library is installed, so this is the textbook
 * algorithm): per round, the furthest-reaching path on each diagonal; each round's frontier is kept to trace back.
 */
export function lineDiff(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const offset = n + m + 1;
  const frontier = new Int32Array(2 * offset + 1);
  const rounds: Int32Array[] = [];
  let done = false;
  for (let d = 0; !done; d++) {
    rounds.push(frontier.slice());
    for (let k = -d; k <= d && !done; k += 2) {
      let x = comesDown(frontier, offset, k, d) ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && before[x] === after[y]) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      done = x >= n && y >= m;
    }
  }

  const script: DiffLine[] = [];
  let x = n;
  let y = m;
  for (let d = rounds.length - 1; d > 0; d--) {
    const previous = rounds[d];
    const k = x - y;
    const down = comesDown(previous, offset, k, d);
    const fromX = previous[offset + (down ? k + 1 : k - 1)];
    const snakeX = down ? fromX : fromX + 1;
    while (x > snakeX) {
      y--;
      script.push({ kind: 'same', text: before[--x] });
    }
    if (down) script.push({ kind: 'added', text: after[--y] });
    else script.push({ kind: 'removed', text: before[--x] });
  }
  while (x > 0) script.push({ kind: 'same', text: before[--x] });
  return script.reverse();
}
