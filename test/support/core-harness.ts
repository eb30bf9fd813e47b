import { createAppCore, type AppCore } from '../../src/main/core/app-core';
import type { SettingsOverrides } from '../../src/main/core/settings/settings-keeper';
import { afterEach } from 'vitest';
import type { ReceiverVerification } from '../../src/main/core/verify/receiver-checks';
import type { SecretKeyChoice } from '../../src/main/core/secrets/secret-key';
import type { MockJenkinsOptions } from '../../src/main/core/jenkins/mock-jenkins-config';
import type { RouteFlags } from '../../src/main/core/routes/route-flags';

/** Starts cores on ephemeral loopback ports and closes whatever a test left open. */
export function useCores(): (
  dataDir: string,
  overrides?: SettingsOverrides,
  verification?: ReceiverVerification,
  options?: { mockTriggerToken?: () => string | null; mockJenkins?: MockJenkinsOptions; secretKey?: SecretKeyChoice; inMemory?: boolean; routeFlags?: RouteFlags; tunnelEnv?: NodeJS.ProcessEnv },
) => Promise<{ core: AppCore; port: number }> {
  const open = new Set<AppCore>();
  afterEach(async () => {
    for (const core of open) await core.close();
    open.clear();
  });
  return async (dataDir, overrides = {}, verification, options = {}) => {
    const core = await createAppCore({ dataDir, overrides: { port: 0, ...overrides }, verification, ...options });
    open.add(core);
    const state = await core.start();
    const close = core.close.bind(core);
    core.close = async () => {
      open.delete(core);
      await close();
    };
    return { core, port: state.port };
  };
}

/** A body as the UI shows it (secrets masked), or as stored when `revealSecrets`: what went over the wire. */
export async function bodyBytes(core: AppCore, id: number, part: 'request' | 'response' = 'request', revealSecrets = false): Promise<Buffer> {
  const payload = await core.handlers.getBodyBytes(id, part, revealSecrets);
  if (!payload) throw new Error(`delivery ${id} has no ${part} body`);
  return Buffer.from(payload.bytes);
}
