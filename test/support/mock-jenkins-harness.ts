import { generateSample } from '../../src/main/core/samples/generate-sample';
import { seededRandom } from '../../src/main/core/samples/random';
import type { MockJenkinsOptions } from '../../src/main/core/jenkins/mock-jenkins-config';
import { useCores } from './core-harness';

export const JENKINS_TOKEN = 'jenkins-mock-secret-42';

export type Hook = Record<string, any>;

export const sampleHook = (event: string, variant?: string): Hook => generateSample(event, variant, {}, seededRandom(5)).payload as Hook;

/** A copy of `hook` without the field at a dotted path. */
export function without(hook: Hook, path: string): Hook {
  const copy = JSON.parse(JSON.stringify(hook)) as Hook; // as it travels: objects the generator shares become copies
  const parts = path.split('.');
  const parent = parts.slice(0, -1).reduce((node, key) => node[key], copy);
  delete parent[parts[parts.length - 1]];
  return copy;
}

export interface JenkinsReply {
  status: number;
  body: string;
  verdict: string | null;
}

/** Starts a core whose receiver runs the Jenkins mock (any job, with JENKINS_TOKEN, unless told otherwise) on a loopback port. */
export function useMockJenkins(tempDir: () => string) {
  const startCore = useCores();
  return async (options: Partial<MockJenkinsOptions> = {}, dataDir = tempDir()) => {
    const mockJenkins: MockJenkinsOptions = { anyJob: true, jobs: [], token: () => JENKINS_TOKEN, ...options };
    const { core, port } = await startCore(dataDir, {}, undefined, { mockJenkins });
    const url = (path: string) => `http://127.0.0.1:${port}${path}`;
    return {
      core,
      url,
      /** POSTs `body` (JSON unless text) as GitLab does, with the event and token given. */
      async hook(path: string, event: string | null, body: Hook | string, token: string | null = JENKINS_TOKEN, extra: Record<string, string> = {}): Promise<JenkinsReply> {
        const headers: Record<string, string> = { 'Content-Type': 'application/json', ...extra };
        if (event !== null) headers['X-Gitlab-Event'] = event;
        if (token !== null) headers['X-Gitlab-Token'] = token;
        const response = await fetch(url(path), { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
        return { status: response.status, body: await response.text(), verdict: response.headers.get('x-hookbench-verdict') };
      },
    };
  };
}
