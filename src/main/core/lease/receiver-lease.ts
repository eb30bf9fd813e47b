import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { ReceiverHolder, ReceiverKind } from '@shared/contract';
import type { SqlRunner } from '../store/sql-runner';
import { READ_LEASE, RELEASE_LEASE, RENEW_LEASE, TAKE_LEASE } from './lease-table';

/** How often the holder renews, and a waiting process looks again. */
export const HEARTBEAT_MS = 1_000;
/** A heartbeat older than this means the holder hung or died on another machine sharing the folder. */
export const STALE_MS = 5_000;

interface LeaseRow {
  holder: string;
  pid: number;
  machine: string;
  kind: ReceiverKind;
  host: string;
  port: number;
  heartbeat_at: number;
}

export interface LeaseEvents {
  /** This process now holds the lease (it was free, stale, or its holder's process is gone). */
  gained(): void;
  /** Another process holds it (or took it from this one). */
  heldElsewhere(holder: ReceiverHolder): void;
}

/** Whether a process of this machine still runs; signal 0 checks without sending anything. */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(row: LeaseRow): ReceiverHolder {
  return { pid: row.pid, kind: row.kind, host: row.host, port: row.port };
}

/**
 * The data folder's receiver lease, a row in its database: one process receives and runs the schedules,
 * the others show its deliveries and take over when it goes. Every statement runs on the store's reader
 * thread, so a busy database never delays a sender's answer here.
 */
export class ReceiverLease {
  private readonly me = randomUUID();
  private readonly machine = hostname();
  private held = false;
  private lastHolder: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> = Promise.resolve();

  constructor(
    private readonly sql: SqlRunner,
    private readonly kind: ReceiverKind,
    private address: { host: string; port: number },
    private readonly events: LeaseEvents,
  ) {}

  get isHeld(): boolean {
    return this.held;
  }

  /** Looks once (take it if free) and then every heartbeat: renewing while held, waiting to take over otherwise. */
  async start(): Promise<void> {
    await this.tick();
    this.timer = setInterval(() => {
      this.ticking = this.ticking.then(() => this.tick());
    }, HEARTBEAT_MS);
    this.timer.unref();
  }

  /** Where this process's receiver listens now, written at once so others name the right port. */
  async moved(host: string, port: number): Promise<void> {
    this.address = { host, port };
    if (this.held) await this.renew();
  }

  /** Gives the lease up (on close), so another process takes over at once rather than after the stale time. */
  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
    try {
      if (this.held) await this.sql.run([{ sql: RELEASE_LEASE, params: [this.me], mode: 'run' }], { write: true });
    } catch {
      // A full disk or a store gone bad must not stop the close: the heartbeat stops, so the lease goes stale and
      // another process takes over a little later instead of at once.
    }
    this.held = false;
  }

  private async tick(): Promise<void> {
    try {
      if (this.held) await this.renew();
      else await this.tryToTake();
    } catch {
      // A locked or busy database: the next heartbeat tries again, well within the stale time.
    }
  }

  private async renew(): Promise<void> {
    const { host, port } = this.address;
    const [result] = (await this.sql.run([{ sql: RENEW_LEASE, params: [Date.now(), host, port, this.me], mode: 'run' }], {
      write: true,
    })) as [{ changes: number }];
    if (result.changes === 0) {
      this.held = false;
      await this.tryToTake();
    }
  }

  private async tryToTake(): Promise<void> {
    const [row] = (await this.sql.run([{ sql: READ_LEASE, params: [], mode: 'get' }])) as [LeaseRow | undefined];
    if (row && !this.mayTake(row)) {
      if (this.lastHolder !== `${row.holder}:${row.port}`) {
        this.lastHolder = `${row.holder}:${row.port}`;
        this.events.heldElsewhere(holderOf(row));
      }
      return;
    }
    const { host, port } = this.address;
    const params = [this.me, process.pid, this.machine, this.kind, host, port, Date.now(), row?.holder ?? null];
    const [result] = (await this.sql.run([{ sql: TAKE_LEASE, params, mode: 'run' }], { write: true })) as [{ changes: number }];
    if (result.changes === 0) return;
    this.held = true;
    this.lastHolder = null;
    this.events.gained();
  }

  private mayTake(row: LeaseRow): boolean {
    if (row.holder === this.me) return true;
    if (Date.now() - row.heartbeat_at > STALE_MS) return true;
    return row.machine === this.machine && !processRuns(row.pid);
  }
}
