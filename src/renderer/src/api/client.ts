import {
  contractMethodNames,
  type ContractArgs,
  type ContractClient,
  type ContractMethod,
  type HookbenchBridge,
} from '@shared/contract';
import { createWebBridge } from './web-bridge';

function bindMethod<M extends ContractMethod>(bridge: HookbenchBridge, method: M) {
  return (...args: ContractArgs<M>) => bridge.call(method, ...args);
}

/** One client method per contract method, so a method added to the contract is callable at once. */
export function createClient(bridge: HookbenchBridge): ContractClient {
  return Object.fromEntries(contractMethodNames.map((method) => [method, bindMethod(bridge, method)])) as ContractClient;
}

/** The Electron preload's bridge when it exists; otherwise the renderer runs in a plain browser. */
export function pickBridge(): HookbenchBridge {
  return window.hookbench ?? createWebBridge();
}
