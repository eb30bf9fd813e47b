// A paced (open-loop) load generator, as wrk2 would drive it (wrk2 is not packaged here): requests leave at a
// fixed rate whatever the answers do, on a few kept-alive raw sockets, and each answer time is measured from the
// moment its request was written to the moment its whole answer was read.
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CONNECTIONS = 8;

/** The Push Hook of push-hook.lua (the wrk script), so both loads send the same bytes. */
export function pushHookRequest(url) {
  const lua = readFileSync(join(import.meta.dirname, 'push-hook.lua'), 'utf8');
  const body = /local body = \[\[(.*)\]\]/s.exec(lua)[1];
  const headers = [...lua.matchAll(/wrk\.headers\["([^"]+)"\] = "([^"]*)"/g)].map(([, name, value]) => `${name}: ${value}\r\n`);
  const { host, pathname } = new URL(url);
  return Buffer.from(`POST ${pathname} HTTP/1.1\r\nHost: ${host}\r\n${headers.join('')}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/** One kept-alive connection that carries one request at a time and says when its answer is complete. */
function openConnection(url) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.setNoDelay(true);
  let received = Buffer.alloc(0);
  let onAnswer = null;
  socket.on('data', (chunk) => {
    received = Buffer.concat([received, chunk]);
    const headEnd = received.indexOf('\r\n\r\n');
    if (headEnd < 0) return;
    const length = Number(/content-length: *(\d+)/i.exec(received.subarray(0, headEnd).toString('latin1'))?.[1] ?? 0);
    if (received.byteLength < headEnd + 4 + length) return;
    received = received.subarray(headEnd + 4 + length);
    const done = onAnswer;
    onAnswer = null;
    done?.();
  });
  const ready = new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  return {
    ready,
    get busy() {
      return onAnswer !== null;
    },
    send(bytes, answered) {
      onAnswer = answered;
      socket.write(bytes);
    },
    close: () => socket.destroy(),
  };
}

/** `rate` requests a second for `seconds`; resolves with each answer time in ms. */
export async function pacedAnswerTimes(url, options) {
  return (await pacedAnswers(url, options)).map((answer) => answer.ms);
}

/**
 * `rate` requests a second for `seconds`; resolves with each answer: when its request left (ms from the start)
 * and how long its answer took (ms). A request whose turn comes while every connection waits for an answer goes
 * on a new connection, so a slow answer never delays the schedule.
 */
export async function pacedAnswers(url, { rate, seconds }) {
  const request = pushHookRequest(url);
  const connections = Array.from({ length: CONNECTIONS }, () => openConnection(url));
  await Promise.all(connections.map((c) => c.ready));
  const total = rate * seconds;
  const times = [];
  let sent = 0;
  const started = performance.now();
  await new Promise((resolve, reject) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - started) * rate) / 1000) + 1);
      for (; sent < due; sent++) {
        let connection = connections.find((c) => !c.busy);
        if (!connection) {
          connection = openConnection(url);
          connections.push(connection);
        }
        const at = performance.now();
        // A new connection queues the request until it is connected: that wait is part of its answer time.
        connection.send(request, () => {
          times.push({ sentAt: at - started, ms: performance.now() - at });
          if (times.length === total) resolve();
        });
      }
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
    setTimeout(() => reject(new Error(`only ${times.length} of ${total} answers within ${seconds + 10} s`)), (seconds + 10) * 1000).unref();
  });
  for (const c of connections) c.close();
  return times;
}
