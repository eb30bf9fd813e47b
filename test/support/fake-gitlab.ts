/**
 * A fake GitLab pipeline trigger API for tests: it reads a call the way Rails and Grape do (query string,
 * multipart or urlencoded form via the built-in Request.formData(), JSON; `variables[K]` nested) and
 * answers like gitlab-protocol.md §4.2.
 */
import type { FakeAnswer, FakeRequest, FakeServer, useFakeServers } from './fake-server';

export interface TriggerCall {
  method: string;
  project: string;
  token: string | undefined;
  ref: string | undefined;
  variables: unknown;
  inputs: unknown;
  contentType: string | undefined;
}

export interface FakeGitlab extends FakeServer {
  calls: TriggerCall[];
}

const ROUTE = /^\/api\/v4\/projects\/([^/]+)\/(?:ref\/(.+)\/)?trigger\/pipeline$/;

/** Rack's nested params: `variables[KEY]=V` becomes `variables: {KEY: V}`. */
function nested(entries: Iterable<[string, string]>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    const match = /^(\w+)\[(.+)\]$/.exec(name);
    if (match) params[match[1]] = { ...(params[match[1]] as object | undefined), [match[2]]: value };
    else params[name] = value;
  }
  return params;
}

async function bodyParams(request: FakeRequest, url: URL): Promise<Record<string, unknown>> {
  const type = request.headers['content-type'] ?? '';
  if (request.body.byteLength === 0) return {};
  if (type.startsWith('application/json')) return JSON.parse(request.body.toString('utf8'));
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const form = await new Request(url, { method: 'POST', headers: { 'Content-Type': type }, body: new Uint8Array(request.body) }).formData();
    return nested([...form].map(([name, value]) => [name, String(value)]));
  }
  return {};
}

const json = (status: number, body: unknown): FakeAnswer => ({ status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

export async function startFakeGitlab(
  start: ReturnType<typeof useFakeServers>,
  options: { token: string; project: string; branches: string[] },
): Promise<FakeGitlab> {
  const calls: TriggerCall[] = [];
  let nextId = 1000;
  const server = await start(async (request) => {
    const url = new URL(request.url, 'http://gitlab.test');
    const route = ROUTE.exec(url.pathname);
    if (!route || request.method !== 'POST') return json(404, { message: '404 Not Found' });
    const params = { ...nested(url.searchParams), ...(await bodyParams(request, url)) };
    const call: TriggerCall = {
      method: request.method,
      project: decodeURIComponent(route[1]),
      token: params.token as string | undefined,
      // One Grape route: a ref in the path wins over the body's.
      ref: route[2] === undefined ? (params.ref as string | undefined) : decodeURIComponent(route[2]),
      variables: params.variables ?? {},
      inputs: params.inputs ?? {},
      contentType: request.headers['content-type'],
    };
    calls.push(call);
    if (request.headers['x-gitlab-event'] === 'Pipeline Hook') return json(403, { message: '403 Forbidden' });
    if (!call.token) return json(400, { error: 'token is missing' });
    if (!call.ref) return json(400, { error: 'ref is missing' });
    if (call.token !== options.token || call.project !== options.project) return json(404, { message: '404 Not Found' });
    const variables = call.variables as Record<string, unknown>;
    if (typeof variables !== 'object' || Object.values(variables).some((v) => typeof v !== 'string')) {
      return json(400, { message: 'variables needs to be a map of key-valued strings' });
    }
    if (!options.branches.includes(call.ref)) return json(400, { message: { base: ['Reference not found'] } });
    const id = nextId++;
    return json(201, {
      id, iid: id - 999, project_id: 42, sha: 'a'.repeat(40), ref: call.ref, status: 'created', source: 'trigger',
      web_url: `https://gitlab.test/${options.project}/-/pipelines/${id}`,
    });
  });
  return { ...server, calls };
}
