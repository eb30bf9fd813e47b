/** The thread that copies the WAL back gives way to the receiver and the sender when the cores are busy. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DeliveryStore } from '../../src/main/core/store/delivery-store';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

/** This process's threads at a lowered priority (nice above 0), from /proc. */
function lowPriorityThreads(): number {
  return readdirSync('/proc/self/task').filter((tid) => {
    try {
      // Fields after the command's closing parenthesis; nice is the 19th field of the line, the 17th of these.
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(fields[16]) > 0;
    } catch {
      return false; // the thread ended while being read
    }
  }).length;
}

describe('the WAL checkpointer', () => {
  it.skipIf(process.platform !== 'linux')('runs on a thread of its own at a low priority', async () => {
    const before = lowPriorityThreads();
    const store = new DeliveryStore(tempDir());
    const deadline = Date.now() + 5_000;
    while (lowPriorityThreads() === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lowPriorityThreads()).toBe(before + 1);
    await store.close();
  });
});
