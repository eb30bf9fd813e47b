/**
 * The local GitLab pipeline-trigger mock: with a trigger token configured, the receiver lets it answer
 * `POST /api/v4/projects/:id/(ref/:ref/)trigger/pipeline` as GitLab would, so a script or a
 * `.gitlab-ci.yml` curl line can be tried against localhost first.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  PIPELINE_HOOK_FORBIDDEN, REFERENCE_NOT_FOUND, ROUTE_NOT_FOUND, TOKEN_NOT_FOUND, UNREADABLE_BODY, apiError, created, invalidParams,
  type MockAnswer,
} from './answers';
import { checkDeclaredParams } from './declared-params';
import { headerValue, readParams, type Params } from './params';
import { pipelineEntity } from './pipeline-entity';
import { matchTriggerRoute, type TriggerRoute } from './route';

export type { MockAnswer } from './answers';

export interface MockTriggerConfig {
  /** The one trigger token the mock accepts; null turns the mock off. */
  token: string | null;
  /** Where the pipelines' web_url point (settings: sending.gitlabUrl). */
  gitlabUrl: string;
}

export interface MockTriggerRequest {
  method: string;
  url: string;
  rawHeaders: readonly string[];
  body: Buffer;
}

/** Compared as digests, so the time taken says nothing about how much of a guess was right. */
function tokensMatch(sent: string | null, expected: string): boolean {
  if (sent === null) return false;
  const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

const allStrings = (variables: Params) => Object.values(variables).every((value) => typeof value === 'string');

const COMMIT_SHA = /^[0-9a-f]{40}$/i;

export class MockTrigger {
  /** Pipeline ids count up for as long as the receiver lives; each project counts its own iids. */
  private lastPipelineId = 0;
  private readonly lastIids = new Map<string, number>();

  /** Null when the mock is off or the request is not a trigger call: the receiver answers as usual. */
  answer(config: MockTriggerConfig, request: MockTriggerRequest): Promise<MockAnswer> | null {
    if (!config.token) return null;
    const route = matchTriggerRoute(request.url);
    if (!route) return null;
    if (request.method !== 'POST') return Promise.resolve(ROUTE_NOT_FOUND);
    return this.answerPost(config.token, config.gitlabUrl, route, request);
  }

  /** GitLab's order: declared params, the Pipeline Hook guard, variables' values, then the token. */
  private async answerPost(token: string, gitlabUrl: string, route: TriggerRoute, request: MockTriggerRequest): Promise<MockAnswer> {
    const params = await readParams(route, request.rawHeaders, request.body);
    if (!params) return UNREADABLE_BODY;
    const { call, errors } = checkDeclaredParams(params);
    if (errors) return invalidParams(errors);
    if (headerValue(request.rawHeaders, 'x-gitlab-event') === 'Pipeline Hook') return PIPELINE_HOOK_FORBIDDEN;
    if (!allStrings(call.variables)) return apiError('variables needs to be a map of key-valued strings');
    if (!tokensMatch(call.token, token)) return TOKEN_NOT_FOUND;
    // The mock has every branch and tag but no commits to look up: a SHA is refused as GitLab refuses it.
    if (COMMIT_SHA.test(call.ref)) return REFERENCE_NOT_FOUND;
    return created(pipelineEntity({
      id: ++this.lastPipelineId,
      iid: this.nextIid(route.project),
      project: route.project,
      ref: call.ref,
      sha: randomBytes(20).toString('hex'),
      gitlabUrl,
      createdAt: new Date(),
    }));
  }

  private nextIid(project: string): number {
    const iid = (this.lastIids.get(project) ?? 0) + 1;
    this.lastIids.set(project, iid);
    return iid;
  }
}
