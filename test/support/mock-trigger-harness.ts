import { useCores } from './core-harness';

export const MOCK_TOKEN = 'glptt-mock-0123456789abcdef';
export const GITLAB_URL = 'https://gitlab.test';

export interface TriggerReply {
  status: number;
  contentType: string | null;
  body: Record<string, unknown>;
}

/** Starts a core whose receiver runs the GitLab trigger mock with MOCK_TOKEN (or `token`), on a real loopback port. */
export function useMockTrigger(tempDir: () => string) {
  const startCore = useCores();
  return async (token: string | null = MOCK_TOKEN) => {
    let current = token;
    const { core, port } = await startCore(tempDir(), {}, undefined, { mockTriggerToken: () => current });
    await core.handlers.updateSettings({ sending: { gitlabUrl: GITLAB_URL } });
    const url = (path: string) => `http://127.0.0.1:${port}${path}`;
    return {
      core,
      url,
      setToken: (next: string | null) => (current = next),
      /** POSTs by default; the answer's status, Content-Type and parsed JSON body. */
      async trigger(path: string, init: RequestInit = {}): Promise<TriggerReply> {
        const response = await fetch(url(path), { method: 'POST', ...init });
        return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
      },
    };
  };
}

/** A JSON body with its Content-Type, as `curl --json` sends it. */
export function jsonBody(value: unknown): RequestInit {
  return { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) };
}
