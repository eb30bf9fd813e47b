import { describe, expect, it } from 'vitest';
import { checkedPreset } from '../../../src/main/core/presets/checked-preset';
import { parsePresetFile } from '../../../src/main/core/presets/preset-file';
import { nightly, pluginPush, remoteBuild } from './preset-fixtures';

describe('a trigger preset, checked field by field', () => {
  it('accepts each kind as saved, and fills what a hand-written file may leave out', () => {
    for (const preset of [nightly, pluginPush, remoteBuild]) expect(checkedPreset(preset)).toEqual(preset);
    const handWritten = { name: 'By hand', kind: 'gitlab-trigger', baseUrl: 'http://localhost:8080', project: '42', ref: 'main' };
    expect(parsePresetFile(JSON.stringify(handWritten))).toEqual({
      ...handWritten,
      variables: [],
      inputs: [],
      encoding: 'form',
      schedule: null,
    });
    expect(checkedPreset({ ...nightly, schedule: { cron: '0 2 * * 0' } }).schedule).toEqual({ cron: '0 2 * * 0', enabled: true });
  });

  it.each([
    ['not an object', [nightly], 'A trigger preset must be an object'],
    ['no name', { ...nightly, name: ' ' }, 'The preset\'s "name" must be text.'],
    ['an unknown kind', { ...nightly, kind: 'github' }, '"kind" must be one of gitlab-trigger, jenkins-gitlab-plugin, jenkins-remote-build'],
    ['a base URL that is not one', { ...nightly, baseUrl: 'gitlab.example.com' }, '"gitlab.example.com" is not an address'],
    ['an ftp base URL', { ...nightly, baseUrl: 'ftp://gitlab.example.com' }, 'an http:// or https:// address, not ftp:'],
    ['credentials in the base URL', { ...pluginPush, baseUrl: 'http://ci-bot:11aa22@jenkins.local' }, 'without a user or password'],
    ['an empty project', { ...nightly, project: '' }, '"project" must be the project\'s numeric id or its path'],
    ['no ref', { ...nightly, ref: undefined }, '"ref" must be a branch or tag name'],
    ['variables as a map', { ...nightly, variables: { DEPLOY: 'true' } }, '"variables" must be a list of [name, value] pairs'],
    ['a number as an input value', { ...nightly, inputs: [['replicas', 3]] }, '"inputs" must be a list of [name, value] pairs'],
    ['an unknown encoding', { ...nightly, encoding: 'xml' }, '"encoding" must be one of form, query, json, ref-in-url'],
    ['an empty job path part', { ...pluginPush, jobPath: 'team//build' }, 'with no empty part'],
    ['an unknown auth', { ...pluginPush, auth: 'basic' }, '"auth" must be one of secret-token, api-token, none'],
    ['API token auth without a user', { ...pluginPush, user: '' }, '"user" must be the Jenkins user whose API token is sent'],
    ['no event', { ...pluginPush, event: '' }, '"event" must be the X-Gitlab-Event sent'],
    ['a payload that is a list', { ...pluginPush, payload: [1] }, '"payload" must be a GitLab webhook payload'],
    ['parameters as text', { ...remoteBuild, parameters: 'TARGET=staging' }, '"parameters" must be a list of [name, value] pairs'],
    ['a schedule as text', { ...nightly, schedule: '30 0 * * *' }, '"schedule" must be null or an object with cron and enabled'],
    ['a six-field cron', { ...nightly, schedule: { cron: '0 30 0 * * *', enabled: true } }, 'Use five fields: minute hour day-of-month month day-of-week'],
    ['a cron that never runs', { ...nightly, schedule: { cron: '0 0 30 2 *', enabled: true } }, '"0 0 30 2 *" never runs'],
    ['enabled as text', { ...nightly, schedule: { cron: '30 0 * * *', enabled: 'yes' } }, '"enabled" is true or false'],
  ])('refuses %s, saying what is wrong', (_case, value, message) => {
    expect(() => checkedPreset(value)).toThrow(message);
  });

  it('keeps only the fields of its kind, in a stable order for readable diffs', () => {
    const checked = checkedPreset({ comment: 'hi', ...remoteBuild, project: 'leftover' });
    expect(Object.keys(checked)).toEqual(['name', 'kind', 'baseUrl', 'jobPath', 'parameters', 'user', 'schedule']);
  });
});
