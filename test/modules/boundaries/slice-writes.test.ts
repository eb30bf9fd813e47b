import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../support/lint-messages';

const sliceProblems = (filePath: string, code: string) => lintMessages('hookbench/slice-writes', filePath, code);

describe('lint: renderer state changes only through its slice', () => {
  it.each([
    ['src/renderer/src/features/inbox/Fixture.tsx', 'export const f = (store) => store.setState({ inbox: {} });', /Only app-store.ts and slice-factory.ts call setState/],
    ['src/renderer/src/store/fixture-slice.ts', 'export const f = (get) => { get().compose.draft.target = "x"; };', /never in place/],
    ['src/renderer/src/store/fixture-slice.ts', 'export const f = (get) => get().inbox.rows.push(1);', /never in place/],
    ['src/renderer/src/store/fixture-slice.ts', 'export const f = (get) => { get().inbox.visibleEnd++; };', /never in place/],
    ['src/renderer/src/store/fixture-slice.ts', 'export const f = (get) => { delete get().settings.secrets.masked.x; };', /never in place/],
  ])('%s: %s', async (file, code, expected) => {
    expect(await sliceProblems(file, code)).toEqual([expect.stringMatching(expected)]);
  });

  it.each([
    ['src/renderer/src/store/app-store.ts', 'export const f = (store) => store.setState({});'],
    ['src/renderer/src/features/shell/Fixture.tsx', 'export class B { reset() { this.setState({ error: null }); } }'],
    ['src/renderer/src/store/fixture-slice.ts', 'export const f = (get, set) => set({ rows: [...get().inbox.rows, 1] });'],
    ['src/renderer/src/store/fixture-slice.ts', 'export const f = (get) => get().detail.open(1);'],
  ])('lets %s: %s', async (file, code) => {
    expect(await sliceProblems(file, code)).toEqual([]);
  });
});
