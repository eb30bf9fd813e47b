import type { ContractArgs, ContractMethod } from '@shared/contract';
import type { GitlabTriggerPreset } from '@shared/trigger-preset';
import type { Route } from '@shared/route';

const forwardRoute: Route = {
  name: 'To my receiver',
  method: 'POST',
  path: '/gitlab/**',
  headers: [['X-Gitlab-Event', 'Push Hook']],
  action: { kind: 'forward', url: 'http://localhost:3000/hooks', timeoutMs: 10_000, keepHost: false },
};

const gitlabPreset: GitlabTriggerPreset = {
  kind: 'gitlab-trigger',
  name: 'Deploy',
  baseUrl: 'https://gitlab.example.com',
  project: '15',
  ref: 'main',
  variables: [],
  inputs: [],
  encoding: 'form',
  schedule: null,
};

/**
 * One well-formed argument list per contract method, every optional argument given, so a face's parsed
 * arguments can be compared with what was sent. The compiler checks each against the contract's types.
 */
export const contractExamples: { [M in ContractMethod]: ContractArgs<M> } = {
  listDeliveries: [{ offset: 0, limit: 50, search: 'push', statusClasses: ['failure'], origins: ['captured'], event: 'Push Hook', parentId: 3 }],
  getDelivery: [1, true],
  getBodyBytes: [1, 'response', false, 10, 20],
  deleteDeliveries: [[1, 2]],
  restoreDeliveries: [[1]],
  getDeliveryMark: [1],
  setDeliveryMark: [1, { pinned: true, note: 'the one that broke' }],
  importDeliveries: ['hooks.har', '{"log":{"version":"1.2","entries":[]}}'],
  clearDeliveries: [],
  getCounts: [],
  getReceiverState: [],
  getStorageState: [],
  moveStoreAside: [],
  recoverStore: [],
  useDataFolder: ['/tmp/another-hookbench-folder'],
  getSettings: [],
  updateSettings: [{ receiver: { port: 8001 } }],
  exportDeliveries: ['ndjson', [1], true],
  generateSample: [{ event: 'Push Hook', variant: 'new-branch', context: { projectId: 7 } }],
  sendSample: [{ to: 'http://127.0.0.1:9/hook', event: 'Push Hook', payload: '{}', secretToken: null, signingToken: null, headers: [['X-A', '1']], verifyTls: true }],
  previewSampleHeaders: [{ to: 'http://127.0.0.1:9/hook', event: 'Push Hook', payload: '{}', secretToken: 's', signingToken: null, headers: [], verifyTls: false }],
  replayDelivery: [{ id: 4, to: 'http://127.0.0.1:9/', keepIdempotencyKey: false, signingToken: null, verifyTls: true }],
  previewReplay: [{ id: 4, to: 'http://127.0.0.1:9/', keepIdempotencyKey: true, signingToken: 'whsec_x', verifyTls: true }],
  listSavedSamples: [],
  readSavedSample: ['push.json'],
  saveSample: [{ name: 'Push', event: 'Push Hook', variant: null, headers: [], payload: { object_kind: 'push' } }, true],
  listTriggerPresets: [],
  readTriggerPreset: ['deploy.json'],
  saveTriggerPreset: [gitlabPreset, 'deploy.json', false],
  deleteTriggerPreset: ['deploy.json'],
  listRoutes: [],
  saveRoute: [forwardRoute, 'to-my-receiver.json', false],
  deleteRoute: ['to-my-receiver.json'],
  getGitlabVerdict: ['http://localhost:3000/hooks'],
  getTunnelGuide: [],
  startTunnel: ['cloudflared'],
  stopTunnel: [],
  testRoute: [{ method: 'POST', url: '/gitlab/push?x=1', headers: [['X-Gitlab-Event', 'Push Hook']] }],
  getSecretsState: [],
  setSecret: ['receiver.secretToken', 'hunter2'],
  revealSecret: ['receiver.secretToken'],
  previewTrigger: [{ preset: gitlabPreset, secrets: { token: 't' }, file: 'deploy.json', verifyTls: true }, false],
  sendTrigger: [{ preset: gitlabPreset, secrets: {}, file: null, verifyTls: true }],
  getTraffic: [{ from: 1_764_590_400_000, bucketMs: 60_000, buckets: 60 }],
  listScenarios: [],
  previewScenario: [{ scenario: 'mr-review', seed: 7, startAt: 1_700_000_000_000 }],
  playScenario: [{
    scenario: 'mr-review', seed: 7, startAt: 1_700_000_000_000, to: 'http://127.0.0.1:9/hook', step: 2, delays: false,
    secretToken: null, signingToken: null, verifyTls: true,
  }],
  startCheckRun: [
    {
      to: 'http://localhost:4000/hooks', checkFile: 'billing.json', checkFileText: '{"name": "Billing"}', events: ['push'], kinds: ['as-gitlab-sends'],
      secretToken: 'secret', signingToken: null, caseTimeoutMs: 2000,
    },
  ],
  getCheckRun: [3],
  listCheckRuns: ['http://localhost:4000/hooks'],
  cancelCheckRun: [3],
  listCheckFiles: [],
  resolveSelection: [{ search: 'status:failed' }],
  startBulkReplay: [{ selection: { ids: [1, 2] }, to: 'http://127.0.0.1:9/', concurrency: 4, keepIdempotencyKey: true, signingToken: null, verifyTls: true }],
  cancelBulkReplay: [1],
  listBulkReplays: [],
};

/** The same call with its first argument of the wrong type (or one argument too many when it takes none). */
export function badArgumentsFor(method: ContractMethod): unknown[] {
  const example: unknown[] = contractExamples[method];
  if (example.length === 0) return ['unexpected'];
  const [first, ...rest] = example;
  return [typeof first === 'object' && first !== null && !Array.isArray(first) ? 42 : { wrong: true }, ...rest];
}
