/** A trigger delivery is stored as sent; what is shown and exported of it holds no token, API token, Basic credentials, crumb or cookie. */
import { describe, expect, it } from 'vitest';
import { ndjsonChunks } from '../../../src/main/core/export/ndjson';
import { maskSecrets } from '../../../src/main/core/export/redaction';
import { DeliveryStore } from '../../../src/main/core/store/delivery-store';
import type { TriggerPreset, TriggerSecrets } from '@shared/trigger-preset';
import { bodyBytes, useCores } from '../../support/core-harness';
import { startFakeGitlab } from '../../support/fake-gitlab';
import { startFakeJenkins } from '../../support/fake-jenkins';
import { useFakeServers } from '../../support/fake-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();
const startServer = useFakeServers();

// Characters that URL and JSON encodings change, so every stored form of the secret is checked.
const TOKEN = 'glptt-s3cr3t/+= "quoted"&more';
const API_TOKEN = '11aa22bb33cc44dd55ee66ff77889900aa';

describe('stored trigger deliveries', () => {
  it('are stored as sent, and shown and exported with no secret in URL, headers or bodies', async () => {
    const gitlab = await startFakeGitlab(startServer, { token: TOKEN, project: '42', branches: ['main'] });
    const jenkins = await startFakeJenkins(startServer, {
      csrf: true, users: { ci: API_TOKEN }, jobs: { app: { buildToken: TOKEN, pluginSecret: TOKEN }, open: {} },
    });
    const dataDir = tempDir();
    const { core } = await startCore(dataDir);
    const gitlabPreset = { kind: 'gitlab-trigger', name: 'g', schedule: null, baseUrl: gitlab.url, project: '42', ref: 'main', variables: [['ECHO', TOKEN]], inputs: [] } as const;
    const sends: Array<[TriggerPreset, TriggerSecrets]> = [
      ...(['form', 'query', 'json', 'ref-in-url'] as const).map((encoding): [TriggerPreset, TriggerSecrets] => [{ ...gitlabPreset, variables: [['ECHO', TOKEN]], inputs: [], encoding }, { token: TOKEN }]),
      [{ kind: 'jenkins-gitlab-plugin', name: 'p', schedule: null, baseUrl: jenkins.url, jobPath: 'app', auth: 'secret-token', user: '', event: 'Push Hook', variant: null, payload: null }, { token: TOKEN }],
      [{ kind: 'jenkins-gitlab-plugin', name: 'p', schedule: null, baseUrl: jenkins.url, jobPath: 'open', auth: 'api-token', user: 'ci', event: 'Push Hook', variant: null, payload: null }, { apiToken: API_TOKEN }],
      [{ kind: 'jenkins-remote-build', name: 'r', schedule: null, baseUrl: jenkins.url, jobPath: 'app', parameters: [], user: '' }, { token: TOKEN }],
      [{ kind: 'jenkins-remote-build', name: 'r', schedule: null, baseUrl: jenkins.url, jobPath: 'app', parameters: [], user: 'ci' }, { token: TOKEN, apiToken: API_TOKEN }],
    ];
    const statuses: number[] = [];
    for (const [preset, secrets] of sends) statuses.push((await core.handlers.sendTrigger({ preset, secrets })).delivery.status ?? 0);
    expect(statuses).toEqual([201, 201, 201, 201, 200, 200, 201, 201]);
    expect(jenkins.requests[2].headers.cookie).toMatch(/JSESSIONID/);

    const cookie = jenkins.requests[2].headers.cookie!;
    const crumb = String(jenkins.requests[2].headers['jenkins-crumb']);
    const basic = Buffer.from(`ci:${API_TOKEN}`).toString('base64');
    const forbidden = [TOKEN, encodeURIComponent(TOKEN), new URLSearchParams({ t: TOKEN }).toString().slice(2), JSON.stringify(TOKEN).slice(1, -1), API_TOKEN, basic, cookie, crumb];

    const { rows } = await core.handlers.listDeliveries({ offset: 0, limit: 100 });
    expect(rows).toHaveLength(sends.length);
    for (const row of rows) {
      const detail = await core.handlers.getDelivery(row.id);
      const shown = JSON.stringify(row) + JSON.stringify(detail) + (await bodyBytes(core, row.id)).toString('latin1') + (await bodyBytes(core, row.id, 'response').catch(() => ''));
      for (const secret of forbidden) expect(shown, `delivery #${row.id} (${row.url})`).not.toContain(secret);
      // The mask as text, in a URL, or as the UTF-8 bytes of a body read here one character per byte.
      expect(['••••••', encodeURIComponent('••••••'), Buffer.from('••••••').toString('latin1')].some((mask) => shown.includes(mask))).toBe(true);
    }
    const crumbed = await core.handlers.getDelivery(7);
    expect(crumbed?.requestHeaders).toEqual(expect.arrayContaining([['Cookie', expect.stringMatching(/^••••••/)], ['Jenkins-Crumb', expect.stringMatching(/^••••••/)]]));
    const basicShown = await core.handlers.getDelivery(8);
    expect(basicShown?.requestHeaders).toContainEqual(['Authorization', 'Basic ••••••']);
    expect(basicShown?.url).toBe(`${jenkins.url}/job/app/build?token=••••••more`);
    // What went over the wire is what the store keeps.
    const basicStored = await core.handlers.getDelivery(8, true);
    expect(basicStored?.requestHeaders).toContainEqual(['Authorization', `Basic ${basic}`]);
    expect(basicStored?.url).toBe(`${jenkins.url}/job/app/build?${new URLSearchParams({ token: TOKEN })}`);
    await core.close();

    // Another process exporting the folder masks the secrets it holds (here: the two given above).
    const store = new DeliveryStore(dataDir, { readOnly: true });
    const exported = [...ndjsonChunks(store, undefined, maskSecrets([TOKEN, API_TOKEN]))].join('');
    await store.close();
    expect(exported.trim().split('\n')).toHaveLength(sends.length);
    for (const secret of forbidden) expect(exported).not.toContain(secret);
    // A base64-encoded body would hide a secret from the check above: every one is text.
    expect(exported).not.toContain('"encoding":"base64"');
  });
});
