import type { ReceiverHolder, ReceiverKind, ReceiverState } from '@shared/contract';
import { isLoopbackHost } from '@shared/settings';
import type { Receiver } from '../receiver/receiver';
import type { SqlRunner } from '../store/sql-runner';
import { ReceiverLease } from './receiver-lease';

const KIND_NAMES: Record<ReceiverKind, string> = {
  app: 'The Hookbench app',
  serve: 'Hookbench serve',
  listen: 'Hookbench listen',
};

export function elsewhereState(holder: ReceiverHolder): ReceiverState {
  const shownHost = holder.host.includes(':') ? `[${holder.host}]` : holder.host;
  return {
    status: 'elsewhere',
    host: holder.host,
    port: holder.port,
    url: `http://${shownHost}:${holder.port}/`,
    exposed: !isLoopbackHost(holder.host),
    message:
      `${KIND_NAMES[holder.kind]} (pid ${holder.pid}) receives for this folder on :${holder.port}. ` +
      'Its deliveries show here; this one takes over if it stops.',
    holder,
  };
}

export interface FolderReceiverOptions {
  receiver: Receiver;
  /** The folder's database, on the connection that writes captures; null for a store in memory, which no other process shares. */
  sql: SqlRunner | null;
  kind: ReceiverKind;
  /** Where the receiver is set to listen, before it binds. */
  address: () => { host: string; port: number };
  /** Scheduled presets run only in the process that receives, so each fires once per folder. */
  schedules: { arm(): void; disarm(): void };
  stateChanged: (state: ReceiverState) => void;
}

/** The receiver and the schedules of a data folder, run by whichever process holds its lease. */
export class FolderReceiver {
  private readonly lease: ReceiverLease | null;
  private elsewhere: ReceiverState | null = null;
  private started = false;
  private firstLook = false;

  constructor(private readonly options: FolderReceiverOptions) {
    this.lease =
      options.sql &&
      new ReceiverLease(options.sql, options.kind, options.address(), {
        // During start() the first look takes the lease before anything listens: start() itself then receives.
        gained: () => {
          if (this.started && !this.firstLook) void this.receive().then(options.stateChanged);
        },
        heldElsewhere: (holder) => void this.standBy(holder).then(options.stateChanged),
      });
  }

  state(): ReceiverState {
    return this.elsewhere ?? this.options.receiver.getState();
  }

  /** Receives if this process gets the lease; otherwise says who does and waits to take over. */
  async start(): Promise<ReceiverState> {
    this.started = true;
    if (!this.lease) return this.receive();
    this.firstLook = true;
    try {
      await this.lease.start();
    } finally {
      this.firstLook = false;
    }
    return this.lease.isHeld ? this.receive() : this.state();
  }

  /** After the receiver's address changed in the settings: only the holder binds again. */
  async restart(): Promise<ReceiverState> {
    if (!this.started || this.elsewhere) return this.state();
    return this.receive();
  }

  async stop(): Promise<void> {
    this.started = false;
    this.options.schedules.disarm();
    await this.options.receiver.stop();
    await this.lease?.release();
  }

  private async receive(): Promise<ReceiverState> {
    this.elsewhere = null;
    const state = await this.options.receiver.start();
    await this.lease?.moved(state.host, state.port);
    this.options.schedules.arm();
    return state;
  }

  private async standBy(holder: ReceiverHolder): Promise<ReceiverState> {
    const state = elsewhereState(holder);
    this.elsewhere = state;
    this.options.schedules.disarm();
    await this.options.receiver.stop();
    return state;
  }
}
