import type { Scenario } from '@shared/scenario';

/** The usual flows, written as a scenario file would write them (and checked like one: test/modules/scenarios). */
export const BUILT_IN_SCENARIOS: readonly Scenario[] = [
  {
    name: 'push-to-deploy',
    description: 'A push to the default branch builds, tests and deploys to staging: the pipeline, its jobs and the deployment.',
    steps: [
      { event: 'push', branch: 'default', commits: 2 },
      { event: 'pipeline', variant: 'pending', delaySeconds: 1 },
      { event: 'pipeline', variant: 'running', delaySeconds: 2 },
      { event: 'job', job: 'compile', variant: 'running', delaySeconds: 1 },
      { event: 'job', job: 'compile', variant: 'success', delaySeconds: 3 },
      { event: 'job', job: 'unit-tests', variant: 'running', delaySeconds: 1 },
      { event: 'job', job: 'unit-tests', variant: 'success', delaySeconds: 3 },
      { event: 'job', job: 'staging', variant: 'running', delaySeconds: 1 },
      { event: 'deployment', variant: 'running', delaySeconds: 1 },
      { event: 'job', job: 'staging', variant: 'success', delaySeconds: 3 },
      { event: 'deployment', variant: 'success', delaySeconds: 1 },
      { event: 'pipeline', variant: 'success', delaySeconds: 1 },
    ],
  },
  {
    name: 'mr-review',
    description:
      'A feature branch is pushed and its pipeline passes; its merge request is opened, approved and merged, and the merge is pushed to the default branch.',
    steps: [
      { event: 'push', branch: 'feature', commits: 2 },
      { event: 'pipeline', variant: 'pending', delaySeconds: 1 },
      { event: 'pipeline', variant: 'running', delaySeconds: 2 },
      { event: 'job', job: 'unit-tests', variant: 'running', delaySeconds: 2 },
      { event: 'job', job: 'unit-tests', variant: 'success', delaySeconds: 3 },
      { event: 'pipeline', variant: 'success', delaySeconds: 2 },
      { event: 'merge-request', variant: 'open', delaySeconds: 2 },
      { event: 'merge-request', variant: 'approved', delaySeconds: 3 },
      { event: 'merge-request', variant: 'merge', delaySeconds: 2 },
      { event: 'push', branch: 'default', delaySeconds: 1 },
    ],
  },
  {
    name: 'tag-release',
    description: 'A version tag is pushed; its pipeline deploys it and the release is created.',
    steps: [
      { event: 'tag-push' },
      { event: 'pipeline', variant: 'running', delaySeconds: 1 },
      { event: 'job', job: 'staging', variant: 'running', delaySeconds: 3 },
      { event: 'deployment', variant: 'running', delaySeconds: 1 },
      { event: 'job', job: 'staging', variant: 'success', delaySeconds: 3 },
      { event: 'deployment', variant: 'success', delaySeconds: 1 },
      { event: 'pipeline', variant: 'success', delaySeconds: 1 },
      { event: 'release', variant: 'create', delaySeconds: 2 },
    ],
  },
  {
    name: 'failed-pipeline-with-retry',
    description: 'A feature branch pipeline fails in its tests; the job is retried under a new id and the same pipeline passes.',
    steps: [
      { event: 'push', branch: 'feature' },
      { event: 'pipeline', variant: 'pending', delaySeconds: 1 },
      { event: 'pipeline', variant: 'running', delaySeconds: 2 },
      { event: 'job', job: 'unit-tests', variant: 'running', delaySeconds: 2 },
      { event: 'job', job: 'unit-tests', variant: 'failed', delaySeconds: 3 },
      { event: 'pipeline', variant: 'failed', delaySeconds: 1 },
      { event: 'job', job: 'unit-tests', variant: 'running', retry: true, delaySeconds: 5 },
      { event: 'pipeline', variant: 'running', delaySeconds: 1 },
      { event: 'job', job: 'unit-tests', variant: 'success', delaySeconds: 3 },
      { event: 'pipeline', variant: 'success', delaySeconds: 2 },
    ],
  },
];
