import type { DeliveryRecord } from '../../../src/main/core/store/delivery-record';
import { DeliveryStore } from '../../../src/main/core/store/delivery-store';

/** Writes deliveries straight into a data dir before `hookbench serve` opens it. */
export async function seedDeliveries(dataDir: string, records: readonly DeliveryRecord[]): Promise<void> {
  const store = new DeliveryStore(dataDir);
  try {
    store.insertBatch(records);
  } finally {
    await store.close();
  }
}

export function capturedPush(overrides: Partial<DeliveryRecord> = {}): DeliveryRecord {
  const body = new TextEncoder().encode('{"object_kind":"push","ref":"refs/heads/main"}');
  return {
    origin: 'captured',
    parentId: null,
    receivedAt: Date.now() - 60_000,
    method: 'POST',
    url: '/hooks/gitlab',
    httpVersion: '1.1',
    remoteAddress: '127.0.0.1',
    requestHeaders: ['Host', '127.0.0.1', 'X-Gitlab-Event', 'Push Hook', 'Content-Type', 'application/json'],
    requestBody: body,
    requestSize: body.length,
    overLimit: false,
    provider: 'gitlab',
    event: 'Push Hook',
    status: 200,
    errorKind: null,
    errorMessage: null,
    responseHeaders: ['Content-Type', 'text/plain'],
    responseBody: new TextEncoder().encode('OK\n'),
    durationMs: 2,
    tokenCheck: 'not-configured',
    signatureCheck: 'not-configured',
    ...overrides,
  };
}

/** What an outbound send that got no HTTP response looks like: GitLab's `internal error`. */
export function refusedSample(): DeliveryRecord {
  return capturedPush({
    origin: 'sample',
    url: 'http://127.0.0.1:9/jenkins/project/build',
    status: null,
    errorKind: 'refused',
    errorMessage: 'connect ECONNREFUSED 127.0.0.1:9',
    responseHeaders: null,
    responseBody: null,
    durationMs: 1,
  });
}
