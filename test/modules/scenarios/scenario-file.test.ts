import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../src/main/core/scenarios/scenario-file';
import { tellStory } from '../../../src/main/core/scenarios/story';

const EXAMPLE = join(__dirname, '../../../samples/scenarios/review-with-fixup.json');

const scenarioWith = (steps: unknown[], extra: object = {}) => JSON.stringify({ name: 'Mine', description: 'x', steps, ...extra });

describe('scenario files', () => {
  it('reads the checked-in example, whose MR update carries the head before the fix-up push as oldrev', () => {
    const scenario = parseScenarioFile(readFileSync(EXAMPLE, 'utf8'));
    expect(scenario.name).toBe('Review with a fix-up push');
    const steps = tellStory(scenario, 5, Date.UTC(2026, 11, 1));
    const [firstPush, , , , fixup, update] = steps.map((step) => step.payload as Record<string, any>);
    expect(update.object_attributes.oldrev).toBe(firstPush.after);
    expect(update.object_attributes.last_commit.id).toBe(fixup.after);
    expect(fixup.before).toBe(firstPush.after);
  });

  it.each([
    ['not an object', '[]', 'Not a scenario: the file must hold an object with "name", "description" and "steps".'],
    ['an unknown field', scenarioWith([{ event: 'push', branch: 'feature' }], { secretToken: 'x' }), 'Scenario: "secretToken" is not a scenario field; a scenario has "name", "description" and "steps".'],
    ['no steps', scenarioWith([]), 'Scenario: "steps" must be a list of 1 to 100 steps.'],
    ['an unknown event', scenarioWith([{ event: 'issue' }]), 'Scenario: "steps[1].event" must be one of "push", "tag-push", "pipeline", "job", "merge-request", "deployment", "release", not "issue".'],
    ['a wrong variant', scenarioWith([{ event: 'push', branch: 'feature' }, { event: 'pipeline', variant: 'passed' }]), 'Scenario: "steps[2].variant" must be one of "pending", "running", "success", "failed", not "passed".'],
    ['a push without its branch', scenarioWith([{ event: 'push' }]), 'Scenario: "steps[1].branch" must be one of "feature", "default", not undefined.'],
    ['a field the event does not take', scenarioWith([{ event: 'push', branch: 'feature', token: 'abc' }]), 'Scenario: steps[1] has "token", which a push step does not take; it takes "event", "variant", "delaySeconds", "branch", "commits". Tokens never go in a scenario file: give them when playing it.'],
    ['a delay too long', scenarioWith([{ event: 'push', branch: 'feature', delaySeconds: 601 }]), 'Scenario: "steps[1].delaySeconds" must be a whole number from 0 to 600, not 601.'],
    ['a pipeline before any push', scenarioWith([{ event: 'pipeline', variant: 'running' }]), 'Scenario "Mine", step 1 (Pipeline running): a pipeline, job or deployment needs a push or a tag push before it.'],
    ['an MR approved before it is opened', scenarioWith([{ event: 'push', branch: 'feature' }, { event: 'merge-request', variant: 'approved' }]), 'Scenario "Mine", step 2 (Merge request approved): a merge request is opened ("variant": "open") before anything else happens to it.'],
    ['a release without a tag', scenarioWith([{ event: 'release', variant: 'create' }]), 'Scenario "Mine", step 1 (Release created): a release needs a tag push before it.'],
    ['a retry of a job still running', scenarioWith([{ event: 'push', branch: 'feature' }, { event: 'job', job: 'compile', variant: 'running' }, { event: 'job', job: 'compile', variant: 'running', retry: true }]), 'Scenario "Mine", step 3 (Job compile running (retried)): the compile job can be retried only once it has finished.'],
    ['not JSON', '{"name": "x",}', /^Not valid JSON: /],
  ])('refuses %s, saying what to write', (_case, text, message) => {
    expect(() => parseScenarioFile(text)).toThrow(message);
  });
});
