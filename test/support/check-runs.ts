import type { CheckRun, CheckRunRequest } from '@shared/check-run';
import type { AppCore } from '../../src/main/core/app-core';

/** Every checkRunChanged the core announced for one run, and the run once it ended. */
export async function runCheck(core: AppCore, request: CheckRunRequest): Promise<{ run: CheckRun; announced: CheckRun[]; started: CheckRun }> {
  const announced: CheckRun[] = [];
  let done: () => void = () => {};
  const ended = new Promise<void>((resolve) => (done = resolve));
  let id: number | null = null;
  const stop = core.subscribe((name, payload) => {
    if (name !== 'checkRunChanged') return;
    announced.push(payload as CheckRun);
    if (id !== null && announced.some((run) => run.id === id && run.state !== 'running')) done();
  });
  const started = await core.handlers.startCheckRun(request);
  id = started.id;
  if (announced.some((run) => run.id === id && run.state !== 'running')) done();
  await ended;
  stop();
  const mine = announced.filter((run) => run.id === id);
  return { run: mine[mine.length - 1], announced: mine, started };
}
