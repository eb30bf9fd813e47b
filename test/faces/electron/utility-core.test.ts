import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { utilityCoreSpawner } from '../../../src/main/faces/electron/utility-core';

/** A UtilityProcess as far as the relay uses it: postMessage, message and exit events, kill. */
class FakeUtilityProcess extends EventEmitter {
  readonly posted: unknown[] = [];
  killed = false;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  kill() {
    this.killed = true;
    return true;
  }
}

describe('the core as an Electron utility process', () => {
  it('forks the core entry under its own name and wires messages, exit and kill through', () => {
    const forks: Array<{ path: string; args: string[]; options: object }> = [];
    const child = new FakeUtilityProcess();
    const spawn = utilityCoreSpawner((path, args, options) => (forks.push({ path, args, options }), child as never), '/app/out/main/core.js');
    const core = spawn();
    expect(forks).toEqual([{ path: '/app/out/main/core.js', args: [], options: { serviceName: 'Hookbench core', stdio: 'inherit' } }]);

    const received: unknown[] = [];
    const exits: Array<number | null> = [];
    core.onMessage((message) => received.push(message));
    core.onExit((code) => exits.push(code));
    core.send({ type: 'close' });
    child.emit('message', { type: 'hello' });
    child.emit('exit', 9);
    core.kill();
    expect(child.posted).toEqual([{ type: 'close' }]);
    expect(received).toEqual([{ type: 'hello' }]);
    expect(exits).toEqual([9]);
    expect(child.killed).toBe(true);
  });
});
