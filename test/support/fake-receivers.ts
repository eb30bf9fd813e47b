/**
 * Receivers under check, written the way their authors would: a correct one (checks X-Gitlab-Token and the
 * Standard Webhooks signature with the `standardwebhooks` package, answers a repeated webhook-id as it did the
 * first time), one that accepts everything, one that fails merge requests, one that never answers pipelines.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterEach } from 'vitest';

export const RECEIVER_SECRET = 'receiver-secret-7';
/** 32 bytes, as GitLab's keys are. */
export const RECEIVER_SIGNING = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

export type Behaviour = 'correct' | 'accepts-everything' | 'fails-merge-requests' | 'hangs-on-pipelines';

export interface FakeReceiver {
  url: string;
  /** What it does now: a test changes it between runs, as a developer fixes or breaks the receiver. */
  behaviour: Behaviour;
  /** Each request's X-Gitlab-Event, in order. */
  events: string[];
}

function verified(request: IncomingMessage, body: Buffer): boolean {
  if (request.headers['x-gitlab-token'] !== RECEIVER_SECRET) return false;
  try {
    new Webhook(RECEIVER_SIGNING).verify(body, request.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

export function useFakeReceivers(): (behaviour: Behaviour) => Promise<FakeReceiver> {
  const closers = new Set<() => Promise<void>>();
  afterEach(async () => {
    for (const close of closers) await close();
    closers.clear();
  });
  return (behaviour) =>
    new Promise((resolve) => {
      const answered = new Map<string, number>();
      const answer = (fake: FakeReceiver, request: IncomingMessage, body: Buffer, response: ServerResponse) => {
        const event = String(request.headers['x-gitlab-event'] ?? '');
        fake.events.push(event);
        if (fake.behaviour === 'hangs-on-pipelines' && event === 'Pipeline Hook') return;
        if (fake.behaviour === 'accepts-everything') return response.writeHead(200).end('ok');
        if (!verified(request, body)) return response.writeHead(401).end('unauthorized');
        const id = String(request.headers['webhook-id']);
        const status = answered.get(id) ?? (fake.behaviour === 'fails-merge-requests' && event === 'Merge Request Hook' ? 500 : 204);
        answered.set(id, status);
        response.writeHead(status).end();
      };
      const server = createServer({ maxHeaderSize: 64 * 1024 }, (request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => answer(fake, request, Buffer.concat(chunks), response));
      });
      const fake: FakeReceiver = { url: '', behaviour, events: [] };
      server.listen(0, '127.0.0.1', () => {
        fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        closers.add(
          () =>
            new Promise<void>((done) => {
              server.close(() => done());
              server.closeAllConnections();
            }),
        );
        resolve(fake);
      });
    });
}
