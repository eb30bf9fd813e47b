/**
 * The one way a face turns an untrusted (method, args) pair into a core call. The IPC channel and the
 * web face both go through here, so both validate the same way.
 */
import { isContractMethod, type ContractHandlers } from '@shared/contract';

export class UnknownMethodError extends Error {
  constructor(method: unknown) {
    super(`Unknown method "${String(method)}": it is not part of the Hookbench contract.`);
    this.name = 'UnknownMethodError';
  }
}

export class BadArgumentsError extends Error {
  constructor(method: string) {
    super(`Arguments for "${method}" must be sent as an array.`);
    this.name = 'BadArgumentsError';
  }
}

export async function dispatchContractCall(handlers: ContractHandlers, method: unknown, args: unknown): Promise<unknown> {
  if (!isContractMethod(method)) throw new UnknownMethodError(method);
  if (!Array.isArray(args)) throw new BadArgumentsError(method);
  // The method name is checked above; argument shapes are the core's to check (it owns the rules).
  const handler = handlers[method] as (...callArgs: unknown[]) => unknown;
  return handler(...args);
}
