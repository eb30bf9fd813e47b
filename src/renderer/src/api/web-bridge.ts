/**
 * The browser face's bridge: the contract over the web face's HTTP + WebSocket API (src/main/faces/web/web-face.ts).
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
import { FAILURE, isCallFailure, type CallOutcome } from '@shared/errors';
import { CONNECTING, type ConnectionListener, type ConnectionState } from '@shared/connection';
import { fetchBodyBytes } from './raw-body-fetch';

const TOKEN_KEY = 'hookbench.token';
const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 2_000;

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

/** The web face's answer as an outcome: its result or failure envelope, or why there was no usable answer. */
async function outcomeOf(response: Response): Promise<CallOutcome> {
  type Answer = { result?: unknown; failure?: unknown };
  let body: Answer | null = null;
  try {
    body = (await response.json()) as Answer;
  } catch {
    // Not JSON (a proxy, an older server): described by the status line below.
  }
  if (body && isCallFailure(body.failure)) return { ok: false, failure: body.failure };
  if (response.ok && body && 'result' in body) return { ok: true, result: body.result };
  const message = `The Hookbench server answered ${response.status} ${response.statusText} without a result.`;
  return { ok: false, failure: { kind: 'internal', code: FAILURE.unexpected, message } };
}

const knownEvents: ReadonlySet<string> = new Set(contractEventNames);

const TOKEN_REFUSED =
  'This tab\'s token is no longer accepted: Hookbench serve was started with a new token (--new-token). Open the URL it printed; `hookbench serve --print-url` prints it again.';
const SERVE_UNREACHABLE =
  'Hookbench serve has stopped or cannot be reached. Start it again on the same data folder and this tab reconnects by itself.';

/** Whether the web face answers, and still to this tab's token; a plain HTTP call, so no WebSocket error is logged per try. */
async function probe(token: string): Promise<'reachable' | 'refused' | 'unreachable'> {
  try {
    const response = await fetch('/api/call/getReceiverState', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{"args":[]}',
    });
    return response.status === 403 ? 'refused' : 'reachable';
  } catch {
    return 'unreachable';
  }
}

/**
 * One WebSocket shared by every listener. When it drops, the face is probed with backoff and the socket reopened
 * once it answers; each step is reported as the connection state.
 */
function createEventStream(token: string) {
  const listeners = new Set<ContractEventListener>();
  const connectionListeners = new Set<ConnectionListener>();
  let connection: ConnectionState = CONNECTING;
  let socket: WebSocket | null = null;
  let retryMs = RECONNECT_MIN_MS;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const report = (state: ConnectionState) => {
    connection = state;
    for (const listener of connectionListeners) listener(state);
  };

  const scheduleAttempt = () => {
    retryTimer = setTimeout(() => void attempt(), retryMs);
    retryMs = Math.min(retryMs * 2, RECONNECT_MAX_MS);
  };

  const attempt = async () => {
    const answer = await probe(token);
    if (listeners.size === 0) return;
    if (answer === 'refused') return report({ status: 'disconnected', reason: TOKEN_REFUSED });
    if (answer === 'unreachable') {
      report({ status: 'reconnecting', reason: SERVE_UNREACHABLE });
      return scheduleAttempt();
    }
    open();
  };

  const open = () => {
    retryTimer = undefined;
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const current = new WebSocket(`${scheme}://${window.location.host}/api/events?token=${encodeURIComponent(token)}`);
    socket = current;
    current.onopen = () => {
      retryMs = RECONNECT_MIN_MS;
      report({ status: 'connected' });
    };
    current.onmessage = (message) => {
      const { name, payload } = JSON.parse(String(message.data)) as { name: ContractEventName; payload: unknown };
      if (!knownEvents.has(name)) return;
      for (const listener of listeners) listener(name, payload as never);
    };
    current.onclose = () => {
      if (socket !== current || listeners.size === 0) return;
      socket = null;
      if (connection.status === 'connected') report({ status: 'reconnecting', reason: SERVE_UNREACHABLE });
      scheduleAttempt();
    };
  };

  const subscribe = (listener: ContractEventListener) => {
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

  const onConnection = (listener: ConnectionListener) => {
    connectionListeners.add(listener);
    listener(connection);
    return () => void connectionListeners.delete(listener);
  };

  return { subscribe, onConnection };
}

export function createWebBridge(): HookbenchBridge {
  const token = takeToken();
  const { subscribe, onConnection } = createEventStream(token);
  return {
    async call(method, ...args) {
      // Bytes take their own route: JSON would carry them as a list of numbers.
      if (method === RAW_BYTES_METHOD) return fetchBodyBytes(token, outcomeOf, ...(args as ContractArgs<typeof RAW_BYTES_METHOD>));
      let response: Response;
      try {
        response = await fetch(`/api/call/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ args }),
        });
      } catch (error) {
        // fetch rejects only when no HTTP answer came at all: `hookbench serve` stopped or the network is down.
        const message = `Hookbench did not answer (${error instanceof Error ? error.message : String(error)})`;
        return { ok: false, failure: { kind: 'internal', code: FAILURE.unreachable, message } };
      }
      return outcomeOf(response);
    },
    on: subscribe,
    onConnection,
  };
}
