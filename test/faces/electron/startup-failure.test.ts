import { describe, expect, it } from 'vitest';
import { STARTUP_FAILURE_TITLE, startOrExplain } from '../../../src/main/faces/electron/startup-failure';

function fakeUi() {
  const seen: { boxes: Array<[string, string]>; exits: number[] } = { boxes: [], exits: [] };
  return { seen, ui: { showErrorBox: (title: string, content: string) => seen.boxes.push([title, content]), exit: (code: number) => seen.exits.push(code) } };
}

describe('a failure before any window exists', () => {
  it('is shown in a native error box with the reason and what to do, and the app exits 1', async () => {
    const { seen, ui } = fakeUi();
    await startOrExplain(async () => {
      throw new Error("EACCES: permission denied, mkdir '/data/hookbench'");
    }, ui, () => '/data/hookbench');
    expect(seen.exits).toEqual([1]);
    expect(seen.boxes).toHaveLength(1);
    const [title, content] = seen.boxes[0]!;
    expect(title).toBe(STARTUP_FAILURE_TITLE);
    expect(content).toContain("EACCES: permission denied, mkdir '/data/hookbench'");
    expect(content).toContain('Its data folder is /data/hookbench.');
    expect(content).toMatch(/What to do: .*HOOKBENCH_DATA_DIR/);
  });

  it('shows nothing and does not exit when start-up succeeds', async () => {
    const { seen, ui } = fakeUi();
    await startOrExplain(async () => {}, ui, () => '/data/hookbench');
    expect(seen).toEqual({ boxes: [], exits: [] });
  });
});
