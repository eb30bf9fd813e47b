import { ContractError, FAILURE, type FailureCode } from './errors';

/**
 * An error caused by what the user asked for: its message is shown as is, in words, with no stack. It is
 * `refused/request` unless the UI needs to tell it apart (e.g. `conflict/file-exists`, `not-found/file`).
 */
export class UserError extends ContractError {
  override name = 'UserError';

  constructor(message: string, code: FailureCode = FAILURE.refused) {
    super(code, message);
  }
}
