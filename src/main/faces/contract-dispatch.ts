/**
 * The one way a face turns an untrusted (method, args) pair into a core call. The IPC channel and the
 * web face both go through here, so both parse arguments and report failures the same way.
 */
import { ArgumentsError } from '@shared/arg-checks';
import { contractArgs } from '@shared/contract-args';
import { isContractMethod, type ContractHandlers } from '@shared/contract';
import { ContractError, FAILURE, failureOf, type CallOutcome } from '@shared/errors';

/** A core failure nobody worded: its stack goes to the terminal, its message to the UI as `internal`. */
function logUnexpected(method: string, error: unknown): void {
  if (!(error instanceof ContractError)) console.error(`Hookbench: ${method} failed unexpectedly`, error);
}

export async function dispatchContractCall(handlers: ContractHandlers, method: unknown, args: unknown): Promise<CallOutcome> {
  if (!isContractMethod(method)) {
    const message = `Unknown method "${String(method)}": it is not part of the Hookbench contract.`;
    return { ok: false, failure: { kind: 'bad-call', code: FAILURE.unknownMethod, message } };
  }
  try {
    if (!Array.isArray(args)) throw new ArgumentsError(`Arguments for "${method}" must be sent as a list.`);
    const parsed = contractArgs[method](args);
    const handler = handlers[method] as (...callArgs: unknown[]) => unknown;
    return { ok: true, result: (await handler(...parsed)) ?? null };
  } catch (error) {
    logUnexpected(method, error);
    const failure = failureOf(error);
    if (error instanceof ArgumentsError) failure.message = `Bad call to ${method}: ${failure.message}`;
    return { ok: false, failure };
  }
}
