/**
 * The main process's side of the core process: relays the one contract channel to it and its events back, and
 * restarts it when it stops unexpectedly. Calls in flight at a crash are answered with an error saying so; calls
 * made while it restarts wait for it. How the process is started is handed in, so this is tested without Electron.
 */
import { contractMethodNames, type ContractEventListener, type ContractEventName, type ContractEvents, type ContractHandlers } from '@shared/contract';
import { ContractError } from '@shared/errors';
import type { FromCore, StartCore, ToCore } from '../core-process/messages';

export interface CoreProcess {
  send(message: ToCore): void;
  onMessage(listener: (message: FromCore) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type SpawnCore = () => CoreProcess;

export interface CoreRelayOptions {
  spawn: SpawnCore;
  /** Sent to every new core process once it listens. */
  startMessage: () => StartCore;
  /** More crashes than `count` within `withinMs` and it is not restarted again (a crash loop helps nobody). */
  restartLimit?: { count: number; withinMs: number };
  /** How long a closing core may take to store what is queued before it is killed. */
  closeTimeoutMs?: number;
}

interface PendingCall {
  method: string;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

type RelayState = 'idle' | 'starting' | 'ready' | 'restarting' | 'stopped' | 'closing' | 'closed';

const exitWords = (code: number | null) => (code === null ? 'killed by a signal' : `exit code ${code}`);

export class CoreRelay {
  readonly handlers: ContractHandlers;
  private state: RelayState = 'idle';
  private process: CoreProcess | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, PendingCall>();
  private queued: Array<{ send(): void; reject(error: Error): void }> = [];
  private readonly listeners = new Set<ContractEventListener>();
  private crashTimes: number[] = [];
  private stoppedReason = '';
  private whenClosed: (() => void) | null = null;

  constructor(private readonly options: CoreRelayOptions) {
    this.handlers = Object.fromEntries(
      contractMethodNames.map((method) => [method, (...args: unknown[]) => this.call(method, args)]),
    ) as unknown as ContractHandlers;
  }

  /** Starts the first core process; resolves with its start-up warnings, rejects when it cannot start. */
  async start(): Promise<string[]> {
    this.state = 'starting';
    try {
      return await this.launch();
    } catch (error) {
      this.stop(`Hookbench's core could not start: ${(error as Error).message}`, false);
      throw error;
    }
  }

  call(method: string, args: unknown[]): Promise<unknown> {
    if (this.state === 'stopped' || this.state === 'closing' || this.state === 'closed') {
      return Promise.reject(new Error(this.state === 'stopped' ? this.stoppedReason : 'Hookbench is closing.'));
    }
    return new Promise((resolve, reject) => {
      const send = () => {
        const id = this.nextId++;
        this.pending.set(id, { method, resolve, reject });
        this.process!.send({ type: 'call', id, method, args });
      };
      if (this.state === 'ready') send();
      else this.queued.push({ send, reject });
    });
  }

  subscribe(listener: ContractEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Asks the core to store what is queued and close; kills it if it takes longer than closeTimeoutMs. */
  close(): Promise<void> {
    const child = this.process;
    if (!child) {
      this.state = 'closed';
      return Promise.resolve();
    }
    this.state = 'closing';
    return new Promise((resolve) => {
      const timer = setTimeout(() => child.kill(), this.options.closeTimeoutMs ?? 15_000);
      this.whenClosed = () => {
        clearTimeout(timer);
        resolve();
      };
      child.send({ type: 'close' });
    });
  }

  private launch(): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const child = this.options.spawn();
      this.process = child;
      let ready = false;
      child.onMessage((message) => {
        if (this.process !== child) return;
        if (message.type === 'hello') child.send(this.options.startMessage());
        else if (message.type === 'ready') {
          ready = true;
          this.state = 'ready';
          this.queued.splice(0).forEach((call) => call.send());
          resolve(message.warnings);
        } else if (message.type === 'start-failed') reject(new Error(message.error));
        else if (message.type === 'answer') this.settle(message.id, message.answer);
        else if (message.type === 'event') this.emit(message.name, message.payload as never);
      });
      child.onExit((code) => {
        if (this.process !== child) return;
        this.process = null;
        if (this.state === 'closing') return this.closed();
        if (!ready) return reject(new Error(`its process stopped while starting (${exitWords(code)})`));
        this.crashed(code);
      });
    });
  }

  private settle(id: number, answer: Extract<FromCore, { type: 'answer' }>['answer']): void {
    const call = this.pending.get(id);
    if (!call) return;
    this.pending.delete(id);
    if (answer.ok) call.resolve(answer.result);
    else call.reject(new ContractError(answer.failure.code, answer.failure.message));
  }

  private failPending(message: (method: string) => string): void {
    for (const call of this.pending.values()) call.reject(new Error(message(call.method)));
    this.pending.clear();
  }

  private crashed(code: number | null): void {
    const how = exitWords(code);
    this.failPending((method) => `Hookbench's core stopped unexpectedly (${how}) before answering ${method}; it is being restarted, so try again in a moment.`);
    const { count, withinMs } = this.options.restartLimit ?? { count: 3, withinMs: 60_000 };
    const now = Date.now();
    this.crashTimes = [...this.crashTimes.filter((time) => now - time < withinMs), now];
    if (this.crashTimes.length > count) {
      this.stop(
        `Hookbench's core stopped ${this.crashTimes.length} times within ${Math.round(withinMs / 1000)} s (last: ${how}), so it is not restarted again. ` +
          'Quit Hookbench and start it again; `npx hookbench serve` on the same data folder shows its errors in a terminal.',
      );
      return;
    }
    this.state = 'restarting';
    this.launch().then(
      () =>
        this.emit('coreProcessChanged', {
          state: 'restarted',
          message: `Hookbench's core restarted: it had stopped unexpectedly (${how}). Deliveries stored before are kept; a call in flight was not answered.`,
        }),
      (error: Error) => this.stop(`Hookbench's core stopped unexpectedly (${how}) and could not be restarted: ${error.message}`),
    );
  }

  private stop(reason: string, announce = true): void {
    this.state = 'stopped';
    this.stoppedReason = reason;
    this.queued.splice(0).forEach((call) => call.reject(new Error(reason)));
    if (announce) this.emit('coreProcessChanged', { state: 'stopped', message: reason });
  }

  private closed(): void {
    this.state = 'closed';
    this.failPending((method) => `Hookbench closed before answering ${method}.`);
    this.whenClosed?.();
  }

  private emit<E extends ContractEventName>(name: E, payload: ContractEvents[E]): void {
    for (const listener of this.listeners) listener(name, payload);
  }
}
