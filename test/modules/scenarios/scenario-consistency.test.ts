import { describe, expect, it } from 'vitest';
import { gitlabEventSchema } from '@shared/event-schemas/event-schema';
import { findGitlabEvent } from '@shared/gitlab-catalogue';
import { BUILT_IN_SCENARIOS } from '../../../src/main/core/scenarios/built-in-scenarios';
import { checkedScenario } from '../../../src/main/core/scenarios/scenario-file';
import { tellStory, type ToldStep } from '../../../src/main/core/scenarios/story';
import { validate } from '../samples/json-schema-validator';

type Payload = Record<string, any>;

const ZERO = '0'.repeat(40);
const START = Date.UTC(2026, 11, 1, 20, 0, 0);

/**
 * What a step brings into the story (commits, pipeline and job ids, the MR, the tag) and what it refers to that
 * an earlier step must have brought: read from the payloads as a receiver would, by GitLab's field names.
 */
function introduced(step: ToldStep): string[] {
  const p = step.payload as Payload;
  switch (p.object_kind) {
    case 'push':
      return [...p.commits.map((c: Payload) => c.id), p.after];
    case 'pipeline':
      return [`pipeline:${p.object_attributes.id}`, ...p.builds.map((b: Payload) => `job:${b.id}`)];
    case 'build':
      return [`job:${p.build_id}`];
    case 'merge_request':
      return [`mr:${p.object_attributes.iid}`, ...(p.object_attributes.merge_commit_sha ? [p.object_attributes.merge_commit_sha] : [])];
    case 'tag_push':
      return [`tag:${p.ref.replace('refs/tags/', '')}`, p.after];
    default:
      return [];
  }
}

function referred(step: ToldStep, earlierRefs: ReadonlySet<string>): string[] {
  const p = step.payload as Payload;
  switch (p.object_kind) {
    case 'push':
      // A branch's first push in the story starts from a commit the story never showed (the default branch's head).
      return p.before !== ZERO && earlierRefs.has(p.ref) ? [p.before] : [];
    case 'tag_push':
      return [];
    case 'pipeline':
      return [p.object_attributes.sha, p.commit.id];
    case 'build':
      return [p.sha, `pipeline:${p.pipeline_id}`, `pipeline:${p.commit.id}`];
    case 'merge_request': {
      const a = p.object_attributes;
      return [a.last_commit.id, `pipeline:${a.head_pipeline_id}`, ...(a.action === 'open' ? [] : [`mr:${a.iid}`]), ...(a.oldrev ? [a.oldrev] : [])];
    }
    case 'deployment':
      return [`job:${p.deployable_id}`, p.commit_url.split('/').pop()];
    case 'release':
      return [p.commit.id, `tag:${p.tag}`];
    default:
      return [];
  }
}

const TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(Z|\+00:00| UTC)$/;

function timestamps(value: unknown): number[] {
  if (typeof value === 'string' && TIME.test(value)) return [Date.parse(value.replace(' UTC', 'Z').replace(' ', 'T'))];
  if (Array.isArray(value)) return value.flatMap(timestamps);
  if (value && typeof value === 'object') return Object.values(value).flatMap(timestamps);
  return [];
}

describe.each(BUILT_IN_SCENARIOS.map((scenario) => ({ name: scenario.name, scenario })))('the built-in scenario $name', ({ scenario }) => {
  const steps = tellStory(scenario, 42, START);

  it('is a valid scenario file', () => {
    expect(checkedScenario(JSON.parse(JSON.stringify(scenario)))).toEqual(scenario);
  });

  it("validates each step's payload against its event's schema, with its event's header", () => {
    for (const step of steps) {
      const event = findGitlabEvent(scenario.steps[step.step - 1].event)!;
      expect(step.header).toBe(event.header);
      expect({ step: step.title, problems: validate(gitlabEventSchema(event.id), step.payload) }).toEqual({ step: step.title, problems: [] });
    }
  });

  it('refers only to SHAs and ids an earlier step brought in', () => {
    const known = new Set<string>();
    const pushedRefs = new Set<string>();
    for (const step of steps) {
      const missing = referred(step, pushedRefs).filter((ref) => !known.has(ref) && !introduced(step).includes(ref));
      expect({ step: step.title, missing }).toEqual({ step: step.title, missing: [] });
      for (const ref of introduced(step)) known.add(ref);
      if ((step.payload as Payload).object_kind === 'push') pushedRefs.add((step.payload as Payload).ref);
    }
  });

  it('keeps one project and one user, and moves forward in time', () => {
    const projects = new Set(steps.map((step) => JSON.stringify((step.payload as Payload).project)));
    expect(projects.size).toBe(1);
    for (const { object_kind: kind, object_attributes: attributes } of steps.map((step) => step.payload as Payload)) {
      if (kind === 'merge_request') expect(attributes.url).toMatch(new RegExp(`/-/merge_requests/${attributes.iid}$`));
      if (kind === 'pipeline') expect(attributes.url).toMatch(new RegExp(`/-/pipelines/${attributes.id}$`));
    }
    for (let i = 1; i < steps.length; i++) expect(steps[i].at).toBeGreaterThan(steps[i - 1].at);
    let newest = 0;
    for (const step of steps) {
      const times = timestamps(step.payload);
      expect(Math.max(...times, 0)).toBeLessThanOrEqual(step.at);
      if (times.length === 0) continue;
      expect(Math.max(...times)).toBeGreaterThanOrEqual(newest);
      newest = Math.max(...times);
    }
  });

  it("runs a pipeline's jobs stage after stage, each started before it finished", () => {
    const at = (time: string | null) => (time === null ? null : Date.parse(time.replace(' UTC', 'Z').replace(' ', 'T')));
    for (const step of steps.filter((each) => (each.payload as Payload).object_kind === 'pipeline')) {
      let previousStagesDone = 0;
      for (const build of (step.payload as Payload).builds) {
        const [started, finished] = [at(build.started_at), at(build.finished_at)];
        if (started !== null) expect({ step: step.title, job: build.name, late: started < previousStagesDone }).toEqual({ step: step.title, job: build.name, late: false });
        if (started !== null && finished !== null) expect(finished).toBeGreaterThanOrEqual(started);
        previousStagesDone = Math.max(previousStagesDone, finished ?? 0);
      }
    }
  });

  it('tells the same story for the same seed and start, another for another seed', () => {
    expect(tellStory(scenario, 42, START)).toEqual(steps);
    expect(tellStory(scenario, 43, START)[0].payload).not.toEqual(steps[0].payload);
  });
});
