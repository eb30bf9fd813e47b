/** Presets arrive untyped (UI, CLI, files edited by hand): mistakes are refused in words that say what to write instead. */
import { describe, expect, it } from 'vitest';
import { checkedPreset } from '../../../src/main/core/presets/checked-preset';
import { parsePresetFile } from '../../../src/main/core/presets/preset-file';
import { useCores } from '../../support/core-harness';
import { useTempDirs } from '../../support/temp-dir';
import { nightly, pluginPush, remoteBuild } from './preset-fixtures';

const tempDir = useTempDirs();
const startCore = useCores();

const PAIRS = 'must be a list of [name, value] pairs of text, like [["DEPLOY", "true"]]';

describe('a trigger preset, checked field by field', () => {
  it('accepts each kind as saved, and fills what a hand-written file may leave out', () => {
    for (const preset of [nightly, pluginPush, remoteBuild]) expect(checkedPreset(preset)).toEqual(preset);
    const handWritten = { name: 'By hand', kind: 'gitlab-trigger', baseUrl: 'http://localhost:8080', project: '42', ref: 'main' };
    expect(parsePresetFile(JSON.stringify(handWritten))).toEqual({ ...handWritten, variables: [], inputs: [], encoding: 'form', schedule: null });
    expect(checkedPreset({ ...nightly, schedule: { cron: '0 2 * * 0' } }).schedule).toEqual({ cron: '0 2 * * 0', enabled: true });
    expect(checkedPreset({ kind: 'jenkins-remote-build', name: 'r', baseUrl: 'http://ci:8080/jenkins', jobPath: 'app' })).toEqual({
      name: 'r', kind: 'jenkins-remote-build', baseUrl: 'http://ci:8080/jenkins', jobPath: 'app', parameters: [], user: '', schedule: null,
    });
  });

  it('tidies what it can: trailing slashes of the URL and the job path, spaces around text', () => {
    const gitlab = checkedPreset({ ...nightly, baseUrl: 'https://gitlab.example.com/', ref: ' main ' });
    expect([gitlab.baseUrl, gitlab.kind === 'gitlab-trigger' && gitlab.ref]).toEqual(['https://gitlab.example.com', 'main']);
    expect(checkedPreset({ ...remoteBuild, baseUrl: 'http://ci:8080/jenkins//', jobPath: '/folder/app/' })).toMatchObject({
      baseUrl: 'http://ci:8080/jenkins', jobPath: 'folder/app',
    });
  });

  it('keeps a plugin payload as an object or as its exact text, byte for byte', () => {
    const text = '{"object_kind": "push",\n  "ref": "refs/heads/main"}';
    expect(checkedPreset({ ...pluginPush, payload: text })).toMatchObject({ payload: text });
    expect(checkedPreset({ ...pluginPush, payload: { object_kind: 'push' } })).toMatchObject({ payload: { object_kind: 'push' } });
  });

  it.each([
    ['not an object', null, 'A trigger preset must be an object with name, kind, baseUrl and the fields of its kind.'],
    ['a list instead of an object', [nightly], 'A trigger preset must be an object'],
    ['a blank name', { ...nightly, name: ' ' }, 'Name must be a name for the preset, like "Nightly pipeline on main".'],
    ['an unknown kind', { ...nightly, kind: 'github' },
      'Kind must be one of gitlab-trigger, jenkins-gitlab-plugin, jenkins-remote-build, not "github".'],
    ['no base URL', { ...nightly, baseUrl: undefined }, 'GitLab URL must be the GitLab instance\'s address, like https://gitlab.example.com.'],
    ['a base URL that is not one', { ...nightly, baseUrl: 'gitlab.example.com' },
      'The GitLab URL "gitlab.example.com" is not a URL. Write the instance\'s address, like https://gitlab.example.com.'],
    ['an ftp base URL', { ...nightly, baseUrl: 'ftp://gitlab.example.com' }, 'The GitLab URL must start with http:// or https://, not ftp://.'],
    ['credentials in the GitLab URL', { ...nightly, baseUrl: 'https://me:glpat-x@gitlab.example.com' },
      'Keep user:password@ out of the GitLab URL: preset files are shared. Give the token as a secret.'],
    ['credentials in the Jenkins URL', { ...pluginPush, baseUrl: 'http://ci-bot:11aa22@jenkins.local' },
      'Keep user:password@ out of the Jenkins URL: preset files are shared. Give the user in its own field and the token as a secret.'],
    ['a query in the base URL', { ...remoteBuild, baseUrl: 'https://jenkins.example.com/?token=x' }, 'The Jenkins URL is the instance\'s root: drop its "?token=x".'],
    ['/api/v4 in the GitLab URL', { ...nightly, baseUrl: 'https://gitlab.example.com/api/v4' },
      'Give the GitLab URL without /api/v4 or what follows it: Hookbench adds the API path.'],
    ['the whole trigger URL', { ...nightly, baseUrl: 'https://gitlab.example.com/api/v4/projects/42/trigger/pipeline' }, 'without /api/v4 or what follows it'],
    ['an empty project', { ...nightly, project: '' }, 'Project must be the project\'s numeric id or its path, like "group/project".'],
    ['no ref', { ...nightly, ref: undefined }, 'Ref must be a branch or tag name, like "main".'],
    ['an empty ref', { ...nightly, ref: '' }, 'Ref must be a branch or tag name'],
    ['variables as a map', { ...nightly, variables: { DEPLOY: 'true' } }, `Variables ${PAIRS}.`],
    ['a variable without a name', { ...nightly, variables: [[' ', '1']] }, `Variables ${PAIRS}, each with a name.`],
    ['a variable given twice', { ...nightly, variables: [['A', '1'], ['A', '2']] }, `Variables ${PAIRS}, each name once ("A" is given twice).`],
    ['a number as an input value', { ...nightly, inputs: [['replicas', 3]] }, `Inputs ${PAIRS}.`],
    ['an unknown encoding', { ...nightly, encoding: 'xml' }, 'Encoding must be one of form, query, json, ref-in-url, not "xml".'],
    ['a job path written as in the URL', { ...remoteBuild, jobPath: 'job/app/job/x' },
      'Job must be the Jenkins job\'s name, or its folders and name joined by "/", like "team/build", without "job/": Hookbench writes that part of the URL.'],
    ['a plugin job path written as in the URL', { ...pluginPush, jobPath: 'project/team/build' }, 'without "project/": Hookbench writes that part of the URL'],
    ['an empty job path part', { ...pluginPush, jobPath: 'team//build' }, 'like "team/build", with no empty part ("team//build" has one).'],
    ['an unknown auth', { ...pluginPush, auth: 'basic' }, 'Authentication must be one of secret-token, api-token, none, not "basic".'],
    ['API token auth with an empty user', { ...pluginPush, user: '' }, 'Jenkins user must be the Jenkins user whose API token is sent, like "ci-bot".'],
    ['API token auth with no user at all', { ...pluginPush, user: undefined }, 'Jenkins user must be the Jenkins user whose API token is sent'],
    ['a user that is not text', { ...remoteBuild, user: 7 }, 'Jenkins user must be the Jenkins user as text, or "" for none.'],
    ['no event', { ...pluginPush, event: '' }, 'Event must be the X-Gitlab-Event sent, like "Push Hook".'],
    ['a variant that is not text', { ...pluginPush, variant: 2 }, 'Variant must be the name of a sample variant, or null for the event\'s default.'],
    ['a payload that is a list', { ...pluginPush, payload: [1] },
      'Payload must be a GitLab webhook payload (a JSON object, or its exact text), or null for a fresh sample at each send.'],
    ['a payload that is a number', { ...pluginPush, payload: 42 }, 'Payload must be a GitLab webhook payload'],
    ['parameters as text', { ...remoteBuild, parameters: 'TARGET=staging' }, `Parameters ${PAIRS}.`],
    ['a schedule as text', { ...nightly, schedule: '30 0 * * *' }, 'Schedule must be null, or an object like {"cron": "30 0 * * *", "enabled": true}.'],
    ['a schedule without cron', { ...nightly, schedule: { enabled: true } }, 'whose "cron" is a cron expression.'],
    ['a six-field cron', { ...nightly, schedule: { cron: '0 30 0 * * *', enabled: true } }, 'Use five fields: minute hour day-of-month month day-of-week'],
    ['a cron that never runs', { ...nightly, schedule: { cron: '0 0 30 2 *', enabled: true } }, '"0 0 30 2 *" never runs'],
    ['enabled as text', { ...nightly, schedule: { cron: '30 0 * * *', enabled: 'yes' } }, 'whose "enabled" is true or false.'],
  ])('refuses %s, saying what to write instead', (_case, value, message) => {
    expect(() => checkedPreset(value)).toThrow(message);
  });

  it('lets a preset be tried (previewed, sent) before it is named; only saving needs the name', () => {
    expect(checkedPreset({ ...nightly, name: '' }, { named: false }).name).toBe('');
    expect(() => checkedPreset({ ...nightly, name: '' })).toThrow('Name must be a name for the preset');
  });

  it('keeps only the fields of its kind, in a stable order for readable diffs', () => {
    const reversed = (preset: object) => Object.fromEntries(Object.entries(preset).reverse());
    expect(Object.keys(checkedPreset({ comment: 'hi', ...remoteBuild, project: 'leftover' }))).toEqual(
      ['name', 'kind', 'baseUrl', 'jobPath', 'parameters', 'user', 'schedule'],
    );
    expect(Object.keys(checkedPreset(reversed(pluginPush)))).toEqual(
      ['name', 'kind', 'baseUrl', 'jobPath', 'auth', 'user', 'event', 'variant', 'payload', 'schedule'],
    );
    expect(Object.keys(checkedPreset(reversed(nightly)))).toEqual(
      ['name', 'kind', 'baseUrl', 'project', 'ref', 'variables', 'inputs', 'encoding', 'schedule'],
    );
  });

  it('guards the trigger contract: bad presets and secrets are refused before anything is sent', async () => {
    const { core } = await startCore(tempDir());
    await expect(async () => core.handlers.previewTrigger({ preset: { ...nightly, ref: '' }, secrets: {} })).rejects.toThrow(
      'Ref must be a branch or tag name',
    );
    await expect(async () => core.handlers.previewTrigger({ preset: nightly, secrets: { password: 'x' } as never })).rejects.toThrow(
      '"password" is not a trigger secret: use token or apiToken.',
    );
    const remote = { ...remoteBuild, baseUrl: 'http://127.0.0.1:9', user: '', schedule: null };
    await expect(async () => core.handlers.sendTrigger({ preset: remote, secrets: { apiToken: 'a' } })).rejects.toThrow(
      'A Jenkins API token needs the user it belongs to: give the user too.',
    );
    expect((await core.handlers.listDeliveries({ offset: 0, limit: 10 })).total).toBe(0);
  });
});
