/**
 * Connections to the forward targets, kept open between forwards: a receiver under load would otherwise pay a
 * TCP (and TLS) handshake per hook. One forward at a time on a connection (no pipelining), as node's agent does.
 */
import { connect as tcpConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

/** Shorter than node's own server keep-alive (5 s), so the target is not the one to close an idle connection mid-reuse. */
const IDLE_MS = 4_000;

const keyOf = (target: URL) => `${target.protocol}//${target.host}`;

export class TargetConnections {
  private readonly idle = new Map<string, Set<Socket>>();

  /** An open connection to the target's origin if one is idle, else a new one (connecting; writes wait for it). */
  take(target: URL): Socket {
    const key = keyOf(target);
    const idle = this.idle.get(key);
    for (const socket of idle ?? []) {
      idle?.delete(socket);
      socket.removeAllListeners();
      socket.setTimeout(0);
      if (socket.destroyed || socket.readableEnded) continue;
      socket.ref();
      return socket;
    }
    return this.open(target);
  }

  /** A connection whose answer ended cleanly waits for the next forward to the same origin. */
  giveBack(target: URL, socket: Socket): void {
    const key = keyOf(target);
    let idle = this.idle.get(key);
    if (!idle) this.idle.set(key, (idle = new Set()));
    const drop = () => {
      idle.delete(socket);
      socket.destroy();
    };
    // Anything the target says or does while nothing was asked ends the connection.
    socket.once('data', drop);
    socket.once('end', drop);
    socket.once('error', drop);
    socket.once('close', drop);
    socket.setTimeout(IDLE_MS, drop);
    // An idle connection does not keep the process running.
    socket.unref();
    idle.add(socket);
  }

  close(): void {
    for (const idle of this.idle.values()) for (const socket of idle) socket.destroy();
    this.idle.clear();
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
