/**
 * The one rule for tokens on the command line: every token flag `--X-token` may also come from the environment
 * variable HOOKBENCH_X_TOKEN, or from any variable named with `--X-token-env VAR`. Flags show in the process
 * list and the shell history; variables do not.
 */
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error';

/**
 * Each token flag and the name of its variable: HOOKBENCH_ and the flag's name in capitals, but for the two
 * flags whose name alone does not say whose token it is (trigger gitlab's --token is GitLab's trigger token,
 * trigger jenkins' --api-token a Jenkins user's API token), which keep the names they always had.
 */
export const TOKEN_VARIABLES = {
  'secret-token': 'HOOKBENCH_SECRET_TOKEN',
  'signing-token': 'HOOKBENCH_SIGNING_TOKEN',
  'mock-trigger-token': 'HOOKBENCH_MOCK_TRIGGER_TOKEN',
  'mock-jenkins-token': 'HOOKBENCH_MOCK_JENKINS_TOKEN',
  'build-token': 'HOOKBENCH_BUILD_TOKEN',
  token: 'HOOKBENCH_TRIGGER_TOKEN',
  'api-token': 'HOOKBENCH_JENKINS_API_TOKEN',
} as const;

export type TokenFlag = keyof typeof TOKEN_VARIABLES;

/** Newer token flags that exist only through the environment: the flag itself is refused. */
export const ENVIRONMENT_ONLY: ReadonlySet<TokenFlag> = new Set(['mock-jenkins-token']);
type Options = NonNullable<ParseArgsConfig['options']>;
type Env = Record<string, string | undefined>;

const isTokenFlag = (name: string): name is TokenFlag => Object.hasOwn(TOKEN_VARIABLES, name);

/** A command's options with `--X-token-env VAR` beside each of its token flags. */
export function withTokenEnvFlags<O extends Options>(options: O): O {
  const added = Object.keys(options).filter(isTokenFlag).map((flag) => [`${flag}-env`, { type: 'string' }] as const);
  return { ...options, ...Object.fromEntries(added) };
}

/**
 * Fills each token flag not given from its `-env` variable or its HOOKBENCH_ variable, and drops the `-env`
 * flags; returns which tokens came from the environment. An empty variable counts as not set.
 */
export function resolveTokens(values: Record<string, unknown>, options: Options, env: Env): Set<TokenFlag> {
  const fromEnvironment = new Set<TokenFlag>();
  for (const flag of Object.keys(options).filter(isTokenFlag)) {
    const named = values[`${flag}-env`];
    delete values[`${flag}-env`];
    if (ENVIRONMENT_ONLY.has(flag) && values[flag] !== undefined) {
      throw new UsageError(`--${flag} is not taken on the command line, where ps and the shell history show it: set ${TOKEN_VARIABLES[flag]}, or name a variable with --${flag}-env VAR.`);
    }
    if (typeof named === 'string') {
      if (values[flag] !== undefined) throw new UsageError(`Give --${flag} or --${flag}-env, not both.`);
      const value = env[named];
      if (!value) throw new UsageError(`--${flag}-env ${named}: the variable ${named} is not set or is empty.`);
      values[flag] = value;
      fromEnvironment.add(flag);
    } else if (values[flag] === undefined && env[TOKEN_VARIABLES[flag]]) {
      values[flag] = env[TOKEN_VARIABLES[flag]];
      fromEnvironment.add(flag);
    }
  }
  return fromEnvironment;
}
