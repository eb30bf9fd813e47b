/**
 * A fake Jenkins for tests: the crumb issuer (crumbs bound to a session cookie), core's remote build
 * trigger with its CSRF filter, and the GitLab plugin's crumb-exempt /project/ endpoint, each answering
 * as gitlab-protocol.md §5 describes.
 */
import { randomUUID } from 'node:crypto';
import type { FakeAnswer, FakeRequest, FakeServer, useFakeServers } from './fake-server';

export interface FakeJob {
  buildToken?: string;
  parameterized?: boolean;
  /** The plugin trigger's Secret token; without one, the caller needs Build permission. */
  pluginSecret?: string;
}

export interface FakeJenkinsOptions {
  csrf: boolean;
  /** Users and their API tokens. */
  users?: Record<string, string>;
  /** By full name, `FOLDER/JOB`. */
  jobs: Record<string, FakeJob>;
}

export interface FakeJenkins extends FakeServer {
  /** Every request but crumb fetches. */
  requests: FakeRequest[];
  crumbFetches: number;
  /** Builds queued, with their parameters. */
  builds: Array<{ job: string; parameters: Record<string, string> }>;
  hooks: Array<{ job: string; event: string }>;
  /** As a Jenkins restart does: every session, and so every crumb, is gone. */
  expireSessions(): void;
}

const PLUGIN_EVENTS = new Set(['Push Hook', 'Tag Push Hook', 'Merge Request Hook', 'Note Hook', 'Pipeline Hook']);
const SYSTEM_HOOK_KINDS = new Set(['push', 'tag_push', 'merge_request']);

const text = (status: number, body = '', headers: Record<string, string> = {}): FakeAnswer => ({ status, body, headers });

function basicUser(request: FakeRequest, users: Record<string, string>): string | null {
  const match = /^Basic (.+)$/.exec(request.headers.authorization ?? '');
  if (!match) return null;
  const [user, token] = Buffer.from(match[1], 'base64').toString('utf8').split(':');
  return users[user] !== undefined && users[user] === token ? user : null;
}

export async function startFakeJenkins(start: ReturnType<typeof useFakeServers>, options: FakeJenkinsOptions): Promise<FakeJenkins> {
  const sessions = new Map<string, string>();
  const users = options.users ?? {};
  let queue = 0;
  const state = {
    requests: [] as FakeRequest[],
    crumbFetches: 0,
    builds: [] as FakeJenkins['builds'],
    hooks: [] as FakeJenkins['hooks'],
  };

  const validCrumb = (request: FakeRequest) => {
    const session = /JSESSIONID\.fake=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
    return session !== undefined && sessions.get(session) === request.headers['jenkins-crumb'];
  };

  /** api/json, or api/xml with the xpath `concat(//crumbRequestField,":",//crumb)` that shell scripts use. */
  function issueCrumb(format: 'json' | 'xml'): FakeAnswer {
    state.crumbFetches++;
    if (!options.csrf) return text(404, '<html><body>Not Found</body></html>', { 'Content-Type': 'text/html' });
    const session = randomUUID();
    const crumb = randomUUID().replace(/-/g, '');
    sessions.set(session, crumb);
    const cookie = `JSESSIONID.fake=${session}; Path=/; HttpOnly`;
    if (format === 'xml') return text(200, `Jenkins-Crumb:${crumb}`, { 'Content-Type': 'text/plain', 'Set-Cookie': cookie });
    return {
      status: 200,
      headers: { 'Content-Type': 'application/json', 'Set-Cookie': cookie },
      body: JSON.stringify({ _class: 'hudson.security.csrf.DefaultCrumbIssuer', crumb, crumbRequestField: 'Jenkins-Crumb' }),
    };
  }

  function remoteBuild(request: FakeRequest, url: URL, base: string): FakeAnswer {
    const match = /^((?:\/job\/[^/]+)+)\/(build|buildWithParameters)$/.exec(url.pathname);
    const user = basicUser(request, users);
    if (request.method === 'POST' && options.csrf && user === null && !validCrumb(request)) {
      return text(403, '<html><body><h2>HTTP ERROR 403 No valid crumb was included in the request</h2></body></html>', { 'Content-Type': 'text/html' });
    }
    const name = match?.[1].split('/job/').filter(Boolean).map(decodeURIComponent).join('/');
    const job = name === undefined ? undefined : options.jobs[name];
    if (!match || !job || !name) return text(404, 'Not Found');
    const token = url.searchParams.get('token');
    if (token !== null && token !== job.buildToken) return text(403, 'Invalid token provided.');
    if (token === null && user === null) return text(403, 'anonymous is missing the Job/Build permission');
    if (match[2] === 'buildWithParameters' && !job.parameterized) return text(500, 'java.lang.IllegalStateException: This build is not parameterized!');
    const parameters = Object.fromEntries([...url.searchParams].filter(([key]) => key !== 'token'));
    state.builds.push({ job: name, parameters });
    return text(201, '', { Location: `${base}/queue/item/${++queue}/` });
  }

  function pluginHook(request: FakeRequest, url: URL): FakeAnswer {
    const segments = url.pathname.split('/').slice(2).map(decodeURIComponent);
    const name = Object.keys(options.jobs).find((candidate) => segments.join('/').startsWith(candidate));
    if (!name) return text(404, 'Not Found');
    const job = options.jobs[name];
    if (job.pluginSecret !== undefined) {
      if (request.headers['x-gitlab-token'] !== job.pluginSecret) return text(401, 'Invalid token');
    } else if (basicUser(request, users) === null) {
      return text(403, 'anonymous is missing the Job/Build permission');
    }
    let payload: { object_kind?: string; repository?: { url?: string } };
    try {
      payload = JSON.parse(request.body.toString('utf8'));
    } catch {
      return text(500, 'com.fasterxml.jackson.core.JsonParseException');
    }
    const event = String(request.headers['x-gitlab-event'] ?? '');
    const handled = PLUGIN_EVENTS.has(event) || (event === 'System Hook' && SYSTEM_HOOK_KINDS.has(payload.object_kind ?? ''));
    if (!handled) return text(404, 'Not Found');
    const push = event === 'Push Hook' || event === 'Tag Push Hook';
    if (push && payload.repository && !payload.repository.url) return text(404, 'Not Found');
    state.hooks.push({ job: name, event });
    return text(200);
  }

  const server = await start((request) => {
    const url = new URL(request.url, 'http://jenkins.test');
    if (request.method === 'GET' && url.pathname === '/crumbIssuer/api/json') return issueCrumb('json');
    if (request.method === 'GET' && url.pathname === '/crumbIssuer/api/xml' && url.searchParams.get('xpath') === 'concat(//crumbRequestField,":",//crumb)') {
      return issueCrumb('xml');
    }
    state.requests.push(request);
    if (url.pathname.startsWith('/project/')) return pluginHook(request, url);
    return remoteBuild(request, url, fake.url);
  });
  const fake: FakeJenkins = Object.assign(state, server, { expireSessions: () => sessions.clear() });
  return fake;
}
