/**
 * Connections to the forward targets, kept open between forwards: a receiver under load would otherwise pay a
 * TCP (and TLS) handshake per hook. One forward at a time on a connection (no pipelining), as node's agent does.
 */
import { connect as tcpConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

/** Shorter than node's own server keep-alive (5 s), so the target is not the one to close an idle connection mid-reuse. */
const IDLE_MS = 4_000;

/** What the forward using a connection hears of it; an idle connection has none, and ends on any event. */
export interface ConnectionUser {
  data(bytes: Buffer): void;
  end(): void;
  error(error: Error): void;
  close(): void;
}

const keyOf = (target: URL) => `${target.protocol}//${target.host}`;

/**
 * One socket with its listeners set once: each forward takes it as its user and lets it go, so a reuse costs
 * no listener or timer churn (measured: that churn was a few percent of a forward's CPU).
 */
export class TargetConnection {
  user: ConnectionUser | null = null;
  idleSince = 0;

  constructor(
    readonly socket: Socket,
    private readonly gone: (connection: TargetConnection) => void,
  ) {
    socket.on('data', (bytes: Buffer) => (this.user ? this.user.data(bytes) : this.drop()));
    socket.on('end', () => (this.user ? this.user.end() : this.drop()));
    socket.on('error', (error: Error) => (this.user ? this.user.error(error) : this.drop()));
    socket.on('close', () => {
      this.gone(this);
      this.user?.close();
    });
  }

  drop(): void {
    this.user = null;
    this.socket.destroy();
  }
}

export class TargetConnections {
  private readonly idle = new Map<string, TargetConnection[]>();
  private sweeper: NodeJS.Timeout | null = null;

  /** An open connection to the target's origin if one is idle, else a new one (connecting; writes wait for it). */
  take(target: URL, user: ConnectionUser): TargetConnection {
    const idle = this.idle.get(keyOf(target));
    let connection = idle?.pop();
    while (connection && (connection.socket.destroyed || connection.socket.readableEnded)) connection = idle?.pop();
    connection ??= new TargetConnection(this.open(target), (gone) => this.forget(target, gone));
    connection.user = user;
    connection.socket.ref();
    return connection;
  }

  /** A connection whose answer ended cleanly waits for the next forward to the same origin. */
  giveBack(target: URL, connection: TargetConnection): void {
    connection.user = null;
    connection.idleSince = performance.now();
    // An idle connection does not keep the process running.
    connection.socket.unref();
    const key = keyOf(target);
    const idle = this.idle.get(key);
    if (idle) idle.push(connection);
    else this.idle.set(key, [connection]);
    this.sweeper ??= setInterval(() => this.sweep(), IDLE_MS / 4).unref();
  }

  close(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    for (const idle of this.idle.values()) for (const connection of idle) connection.drop();
    this.idle.clear();
  }

  private forget(target: URL, connection: TargetConnection): void {
    const idle = this.idle.get(keyOf(target));
    const at = idle?.indexOf(connection) ?? -1;
    if (at >= 0) idle?.splice(at, 1);
  }

  private sweep(): void {
    const oldest = performance.now() - IDLE_MS;
    for (const idle of this.idle.values()) for (const connection of idle.filter((c) => c.idleSince < oldest)) connection.drop();
    if ([...this.idle.values()].every((idle) => idle.length === 0) && this.sweeper) {
      clearInterval(this.sweeper);
      this.sweeper = null;
    }
  }

  private open(target: URL): Socket {
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (target.protocol === 'https:') {
      const port = Number(target.port || 443);
      // SNI takes a host name, never an address (RFC 6066 §3).
      return tlsConnect({ host, port, servername: isIP(host) ? undefined : host, ALPNProtocols: ['http/1.1'] }).setNoDelay(true);
    }
    return tcpConnect({ host, port: Number(target.port || 80) }).setNoDelay(true);
  }
}
