import { describe, expect, it } from 'vitest';
import { COMMAND_OPTIONS, TRIGGER_OPTIONS, parseCommandArgs, parseEventCommand, parseTriggerArgs, UsageError } from '../../../src/main/faces/cli/options';
import { ENVIRONMENT_ONLY, TOKEN_VARIABLES, type TokenFlag } from '../../../src/main/faces/cli/token-flags';
import { triggerInvocation } from '../../../src/main/faces/cli/trigger-commands';

const tokenFlagsOf = (options: object) => Object.keys(options).filter((name): name is TokenFlag => Object.hasOwn(TOKEN_VARIABLES, name));

/** Every command with token flags, parsed with the flags given (each needs its own positionals). */
const COMMANDS: Array<{ name: string; options: object; parse: (args: string[], env: Record<string, string>) => Record<string, unknown> }> = [
  ...(['listen', 'serve', 'export'] as const).map((name) => ({ name, options: COMMAND_OPTIONS[name], parse: (args: string[], env: Record<string, string>) => parseCommandArgs(name, args, env) })),
  ...(['send', 'replay'] as const).map((name) => ({ name, options: COMMAND_OPTIONS[name], parse: (args: string[], env: Record<string, string>) => parseEventCommand(name, ['x', ...args], env).flags })),
  ...(['gitlab', 'jenkins'] as const).map((name) => ({ name: `trigger ${name}`, options: TRIGGER_OPTIONS[name], parse: (args: string[], env: Record<string, string>) => parseTriggerArgs(name, args, env).flags })),
];

const allCases = COMMANDS.flatMap((command) => tokenFlagsOf(command.options).map((flag) => ({ ...command, flag })));
const cases = allCases.filter(({ flag }) => !ENVIRONMENT_ONLY.has(flag));
const environmentOnly = allCases.filter(({ flag }) => ENVIRONMENT_ONLY.has(flag));

describe('the one rule for token flags and variables', () => {
  it('covers every command that takes a token', () => {
    expect(new Set(cases.map((c) => c.name))).toEqual(new Set(['listen', 'serve', 'send', 'replay', 'trigger gitlab', 'trigger jenkins']));
    expect(cases.length).toBe(13);
    expect(environmentOnly.map((c) => `${c.name} --${c.flag}`)).toEqual(['listen --mock-jenkins-token', 'serve --mock-jenkins-token']);
  });

  it.each(environmentOnly)('$name --$flag: only HOOKBENCH_… or --$flag-env VAR, the flag itself is refused in words', ({ parse, flag }) => {
    const variable = TOKEN_VARIABLES[flag];
    expect(parse([], { [variable]: 'from-env' })[flag]).toBe('from-env');
    expect(parse([`--${flag}-env`, 'MY_TOKEN'], { MY_TOKEN: 'named' })[flag]).toBe('named');
    expect(parse([], {})[flag]).toBeUndefined();
    expect(() => parse([`--${flag}`, 'x'], {})).toThrow(`--${flag} is not taken on the command line, where ps and the shell history show it: set ${variable}, or name a variable with --${flag}-env VAR.`);
  });

  it.each(cases)('$name --$flag: the flag, else HOOKBENCH_…, else nothing', ({ parse, flag }) => {
    const variable = TOKEN_VARIABLES[flag];
    expect(parse([], { [variable]: 'from-env' })[flag]).toBe('from-env');
    expect(parse([`--${flag}`, 'from-flag'], { [variable]: 'from-env' })[flag]).toBe('from-flag');
    expect(parse([], { [variable]: '' })[flag]).toBeUndefined();
    expect(parse([], {})[flag]).toBeUndefined();
  });

  it.each(cases)('$name --$flag-env VAR reads VAR, and refuses in words when it is unset or given with the flag', ({ parse, flag }) => {
    const parsed = parse([`--${flag}-env`, 'MY_TOKEN'], { MY_TOKEN: 'named', [TOKEN_VARIABLES[flag]]: 'default' });
    expect(parsed[flag]).toBe('named');
    expect(parsed).not.toHaveProperty(`${flag}-env`);
    expect(() => parse([`--${flag}-env`, 'MY_TOKEN'], {})).toThrow(new UsageError(`--${flag}-env MY_TOKEN: the variable MY_TOKEN is not set or is empty.`));
    expect(() => parse([`--${flag}`, 'x', `--${flag}-env`, 'MY_TOKEN'], { MY_TOKEN: 'y' })).toThrow(`Give --${flag} or --${flag}-env, not both.`);
  });

  it('keeps the names users already have: HOOKBENCH_TRIGGER_TOKEN and HOOKBENCH_JENKINS_API_TOKEN', () => {
    expect(TOKEN_VARIABLES.token).toBe('HOOKBENCH_TRIGGER_TOKEN');
    expect(TOKEN_VARIABLES['api-token']).toBe('HOOKBENCH_JENKINS_API_TOKEN');
    for (const [flag, variable] of Object.entries(TOKEN_VARIABLES)) {
      if (flag !== 'token' && flag !== 'api-token') expect(variable).toBe(`HOOKBENCH_${flag.toUpperCase().replace(/-/g, '_')}`);
    }
  });

  it('never lets a variable choose what trigger jenkins does', () => {
    const env = { HOOKBENCH_SECRET_TOKEN: 'plugin-secret', HOOKBENCH_BUILD_TOKEN: 'build-token' };
    const remote = triggerInvocation(['jenkins', '--url', 'http://jenkins', '--job', 'app', '--param', 'K=V'], env).request;
    expect([remote.preset.kind, remote.secrets?.token]).toEqual(['jenkins-remote-build', 'build-token']);
    const plugin = triggerInvocation(['jenkins', '--url', 'http://jenkins', '--job', 'app', '--event', 'Push Hook'], env).request;
    expect([plugin.preset.kind, plugin.secrets?.token]).toEqual(['jenkins-gitlab-plugin', 'plugin-secret']);
  });
});
