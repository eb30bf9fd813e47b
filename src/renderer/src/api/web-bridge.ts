/**
 * The browser face's bridge: the contract over the web face's HTTP + WebSocket API (src/main/web.ts).
 * The token arrives once in the URL printed by `hookbench serve`; it is kept for this tab only and
 * removed from the address bar so it does not end up in history or screenshots.
 */
import {
  RAW_BYTES_METHOD,
  contractEventNames,
  type ContractArgs,
  type ContractEventListener,
  type ContractEventName,
  type HookbenchBridge,
} from '@shared/contract';
import { fetchBodyBytes } from './raw-body-fetch';

const TOKEN_KEY = 'hookbench.token';
const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 5_000;

function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON: fall through to the status line.
  }
  return `The Hookbench server answered ${response.status} ${response.statusText}.`;
}

const knownEvents: ReadonlySet<string> = new Set(contractEventNames);

/** One WebSocket shared by every listener, reopened with backoff while anyone listens. */
function createEventStream(token: string) {
  const listeners = new Set<ContractEventListener>();
  let socket: WebSocket | null = null;
  let retryMs = RECONNECT_MIN_MS;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const open = () => {
    retryTimer = undefined;
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const current = new WebSocket(`${scheme}://${window.location.host}/api/events?token=${encodeURIComponent(token)}`);
    socket = current;
    current.onopen = () => {
      retryMs = RECONNECT_MIN_MS;
    };
    current.onmessage = (message) => {
      const { name, payload } = JSON.parse(String(message.data)) as { name: ContractEventName; payload: unknown };
      if (!knownEvents.has(name)) return;
      for (const listener of listeners) listener(name, payload as never);
    };
    current.onclose = () => {
      if (socket !== current || listeners.size === 0) return;
      socket = null;
      retryTimer = setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, RECONNECT_MAX_MS);
    };
  };

  return (listener: ContractEventListener) => {
    listeners.add(listener);
    if (!socket && retryTimer === undefined) open();
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0) return;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      const closing = socket;
      socket = null;
      closing?.close();
    };
  };
}

export function createWebBridge(): HookbenchBridge {
  const token = takeToken();
  const subscribe = createEventStream(token);
  return {
    async call(method, ...args) {
      // Bytes take their own route: JSON would carry them as a list of numbers.
      if (method === RAW_BYTES_METHOD) return (await fetchBodyBytes(token, errorMessage, ...(args as ContractArgs<typeof RAW_BYTES_METHOD>))) as never;
      const response = await fetch(`/api/call/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ args }),
      });
      if (!response.ok) throw new Error(await errorMessage(response));
      const answer = (await response.json()) as { result: unknown; refused?: string };
      if (answer.refused !== undefined) throw new Error(answer.refused);
      return answer.result as never;
    },
    on: subscribe,
  };
}
