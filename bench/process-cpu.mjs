// CPU time a server process spent (all its threads, and its main thread alone) and bytes it wrote, read from /proc
// (Linux). Per request these hold steadier than throughput on a shared machine: they count the work done, not the
// cores it got.
import { existsSync, readFileSync } from 'node:fs';

const TICK_MS = 10;

/**
 * utime + stime of a /proc stat file, in ms (the comm field may hold spaces, so fields count from its ')');
 * `first` 13 reads cutime + cstime instead: the children the process has waited for.
 */
function cpuMs(statFile, first = 11) {
  const fields = readFileSync(statFile, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[first]) + Number(fields[first + 1])) * TICK_MS;
}

export const cpuMeasurable = existsSync('/proc/self/stat');

/** { all, main } in ms so far, or null where /proc is absent. */
export function processCpu(pid) {
  if (!cpuMeasurable) return null;
  return { all: cpuMs(`/proc/${pid}/stat`), main: cpuMs(`/proc/${pid}/task/${pid}/stat`) };
}

/** CPU in ms that this process's finished children have used (wrk, once spawnSync has waited for it), or null. */
export function waitedChildrenCpu() {
  return cpuMeasurable ? cpuMs('/proc/self/stat', 13) : null;
}

/** µs of CPU per request between two readings; null where /proc is absent. */
export function cpuPerRequest(before, after, requests) {
  if (!before || !after || requests <= 0) return null;
  return { all: ((after.all - before.all) * 1000) / requests, main: ((after.main - before.main) * 1000) / requests };
}

/** Bytes the process has written so far (to files and sockets alike: `wchar`), or null where /proc is absent. */
export function bytesWritten(pid) {
  if (!cpuMeasurable) return null;
  return Number(/wchar: (\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))[1]);
}
