import { contractMethodNames, type ContractClient, type ContractHandlers, type ContractMethod } from '@shared/contract';
import { ContractError, FAILURE } from '@shared/errors';

/**
 * A ContractClient for renderer tests: the methods a test gives answer (checked against the contract's
 * argument and result types); any other method fails loudly, naming itself, the way a real call fails.
 */
export function fakeClient(answers: Partial<ContractHandlers>): ContractClient {
  const method = <M extends ContractMethod>(name: M) => {
    const answer = answers[name] as ((...args: unknown[]) => unknown) | undefined;
    return async (...args: unknown[]) => {
      if (!answer) throw new ContractError(FAILURE.unexpected, `The fake client was not given ${name}, which this test called.`);
      return answer(...args);
    };
  };
  return Object.fromEntries(contractMethodNames.map((name) => [name, method(name)])) as ContractClient;
}
