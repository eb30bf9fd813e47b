import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineDiff } from '@shared/diff/line-diff';
import { unifiedDiff } from '@shared/diff/unified-diff';

/** A seeded generator, so a failure can be run again. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function variant(lines: string[], next: () => number): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const roll = next();
    if (roll < 0.1) continue;
    if (roll < 0.2) out.push(`changed ${line}`);
    else out.push(line);
    if (next() < 0.08) out.push(`inserted ${Math.floor(next() * 5)}`);
  }
  return out;
}

describe('unified diff', () => {
  it('is a patch GNU patch applies, and changes as few lines as GNU diff --minimal, over 40 random pairs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookbench-diff-'));
    try {
      const next = random(7);
      for (let round = 0; round < 40; round++) {
        const before = Array.from({ length: 5 + Math.floor(next() * 60) }, () => `line ${Math.floor(next() * 12)}`);
        const after = variant(before, next);
        const [a, b] = [`${before.join('\n')}\n`, `${after.join('\n')}\n`];
        writeFileSync(join(dir, 'a'), a);
        writeFileSync(join(dir, 'b'), b);
        const patch = unifiedDiff(a, b, ['a', 'b']);
        if (a === b) {
          expect(patch).toBe('');
          continue;
        }
        execFileSync('patch', ['--silent', '--force', join(dir, 'a')], { input: patch });
        expect(readFileSync(join(dir, 'a'), 'utf8')).toBe(b);
        writeFileSync(join(dir, 'a'), a);
        const gnuMinimal = spawnSync('diff', ['--minimal', '-u', join(dir, 'a'), join(dir, 'b')], { encoding: 'utf8' }).stdout;
        const changedLines = (text: string) => text.split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line)).length;
        expect(changedLines(patch)).toBe(changedLines(gnuMinimal));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('marks kept, removed and added lines in order', () => {
    expect(lineDiff(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
      { kind: 'same', text: 'a' }, { kind: 'removed', text: 'b' }, { kind: 'added', text: 'x' }, { kind: 'same', text: 'c' },
    ]);
    expect(lineDiff([], ['a'])).toEqual([{ kind: 'added', text: 'a' }]);
    expect(lineDiff(['a'], [])).toEqual([{ kind: 'removed', text: 'a' }]);
  });
});
