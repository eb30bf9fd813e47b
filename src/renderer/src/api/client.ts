import {
  contractMethodNames,
  type ContractArgs,
  type ContractClient,
  type ContractMethod,
  type ContractResult,
  type HookbenchBridge,
} from '@shared/contract';
import { ContractError } from '@shared/errors';
import { createWebBridge } from './web-bridge';

/** The one place a failed call becomes a thrown error: a ContractError whose kind and code the UI may branch on. */
function bindMethod<M extends ContractMethod>(bridge: HookbenchBridge, method: M) {
  return async (...args: ContractArgs<M>): Promise<ContractResult<M>> => {
    const outcome = await bridge.call(method, ...args);
    if (!outcome.ok) throw new ContractError(outcome.failure.code, outcome.failure.message);
    return outcome.result as ContractResult<M>;
  };
}

/** One client method per contract method, so a method added to the contract is callable at once. */
export function createClient(bridge: HookbenchBridge): ContractClient {
  return Object.fromEntries(contractMethodNames.map((method) => [method, bindMethod(bridge, method)])) as ContractClient;
}

/** The Electron preload's bridge when it exists; otherwise the renderer runs in a plain browser. */
export function pickBridge(): HookbenchBridge {
  return window.hookbench ?? createWebBridge();
}
