/** Presets arrive untyped (IPC, HTTP, files edited by hand): mistakes are refused in words, through the contract. */
import { describe, expect, it } from 'vitest';
import { checkedPreset } from '../../../src/main/core/triggers/checked-preset';
import { useCores } from '../../support/core-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const startCore = useCores();

const GITLAB = { kind: 'gitlab-trigger', name: 'nightly', baseUrl: 'https://gitlab.example.com/', project: '42', ref: 'main', encoding: 'form' };

describe('checkedPreset', () => {
  it('fills in what a hand-written file may leave out, and drops the base URL\'s trailing slash', () => {
    expect(checkedPreset(GITLAB)).toEqual({ ...GITLAB, baseUrl: 'https://gitlab.example.com', schedule: null, variables: [], inputs: [] });
    expect(checkedPreset({ kind: 'jenkins-remote-build', name: 'r', baseUrl: 'http://ci:8080/jenkins', jobPath: '/folder/app/' })).toEqual({
      kind: 'jenkins-remote-build', name: 'r', schedule: null, baseUrl: 'http://ci:8080/jenkins', jobPath: 'folder/app', parameters: [], user: '',
    });
  });

  it.each([
    [null, 'A trigger preset must be an object.'],
    [{ ...GITLAB, kind: 'gitlab' }, 'The preset kind must be one of gitlab-trigger, jenkins-gitlab-plugin, jenkins-remote-build, not "gitlab".'],
    [{ ...GITLAB, name: ' ' }, 'Give the preset name.'],
    [{ ...GITLAB, baseUrl: 'https://me:glpat-x@gitlab.example.com' }, /^Keep user:password@ out of the GitLab URL: preset files are shared/],
    [{ ...GITLAB, baseUrl: 'https://gitlab.example.com/api/v4' }, 'Give the GitLab URL without /api/v4: Hookbench adds the API path.'],
    [{ ...GITLAB, baseUrl: 'ftp://gitlab' }, 'The GitLab URL must start with http:// or https://, not ftp://.'],
    [{ ...GITLAB, ref: '' }, 'Give the ref (a branch or tag).'],
    [{ ...GITLAB, encoding: 'xml' }, 'The encoding must be one of form, query, json, ref-in-url, not "xml".'],
    [{ ...GITLAB, variables: { A: '1' } }, 'Variables must be a list of [name, value] pairs of text.'],
    [{ ...GITLAB, variables: [['A', '1'], ['A', '2']] }, 'Variables: "A" is given twice.'],
    [{ ...GITLAB, inputs: [['A', 1]] }, 'Inputs must be a list of [name, value] pairs of text.'],
    [{ ...GITLAB, schedule: '30 0 * * *' }, 'The schedule must be {"cron": "30 0 * * *", "enabled": true}, or null.'],
    [{ kind: 'jenkins-remote-build', name: 'r', baseUrl: 'http://ci', jobPath: 'job/app/job/x' }, 'Give the job path as FOLDER/JOB, without "job/": Hookbench writes that part of the URL.'],
    [{ kind: 'jenkins-remote-build', name: 'r', baseUrl: 'http://ci', jobPath: 'a//b' }, 'The job path "a//b" has an empty folder name.'],
    [{ kind: 'jenkins-gitlab-plugin', name: 'p', baseUrl: 'http://ci', jobPath: 'app', auth: 'api-token', event: 'Push Hook' }, 'Give the Jenkins user.'],
    [{ kind: 'jenkins-gitlab-plugin', name: 'p', baseUrl: 'http://ci', jobPath: 'app', auth: 'none', event: 'Push Hook', payload: [1] },
      'The payload must be a JSON object, its exact text, or null for a fresh sample at each send.'],
  ])('refuses %j', (preset, message) => {
    expect(() => checkedPreset(preset)).toThrow(message);
  });

  it('guards the contract: bad secrets and an API token without its user are refused before anything is sent', async () => {
    const { core } = await startCore(tempDir());
    await expect(async () => core.handlers.previewTrigger({ preset: GITLAB as never, secrets: { password: 'x' } as never })).rejects.toThrow(
      '"password" is not a trigger secret: use token or apiToken.',
    );
    await expect(async () => core.handlers.sendTrigger({ preset: { kind: 'jenkins-remote-build', name: 'r', baseUrl: 'http://127.0.0.1:9', jobPath: 'app' } as never, secrets: { apiToken: 'a' } }))
      .rejects.toThrow('A Jenkins API token needs the user it belongs to: give the user too.');
    expect((await core.handlers.listDeliveries({ offset: 0, limit: 10 })).total).toBe(0);
  });
});
