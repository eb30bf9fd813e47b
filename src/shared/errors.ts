/**
 * The one failure envelope every face uses (IPC, the web face, the renderer's client): a kind, a stable code
 * the UI may branch on, and words for people. Kinds:
 * - `refused`: the core understood the call and declines it (a bad URL, a token that does not fit);
 * - `not-found`: what the call names does not exist (a delivery, a sample file);
 * - `conflict`: it would replace or clash with something (a file that already exists);
 * - `bad-call`: the call itself is malformed (unknown method, arguments of the wrong shape): a bug in a face;
 * - `internal`: the core failed, or could not be reached.
 */
export const FAILURE_KINDS = ['refused', 'not-found', 'conflict', 'bad-call', 'internal'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** `kind/what`, e.g. `conflict/file-exists`: stable across releases, unlike the words. */
export type FailureCode = `${FailureKind}/${string}`;

/** Every code a face or the core sends; the UI branches on a few, and handles any other as its kind. */
export const FAILURE = {
  refused: 'refused/request',
  /** The web face's token, Host or Origin check, or an IPC call from a frame that is not the Hookbench window. */
  uiAccess: 'refused/ui-access',
  untrustedFrame: 'refused/untrusted-frame',
  fileExists: 'conflict/file-exists',
  noSuchFile: 'not-found/file',
  noSuchDelivery: 'not-found/delivery',
  /** A delivery without the body asked for (a response not yet come), on the web face's raw body route. */
  noSuchBody: 'not-found/body',
  unknownMethod: 'bad-call/unknown-method',
  badArguments: 'bad-call/arguments',
  /** An HTTP body the web face could not read, or an /api path that is not a route. */
  badBody: 'bad-call/body',
  noRoute: 'bad-call/no-route',
  unexpected: 'internal/unexpected',
  /** The core did not answer at all: only then is "check that Hookbench is still running" the advice. */
  unreachable: 'internal/unreachable',
} as const satisfies Record<string, FailureCode>;

export interface CallFailure {
  kind: FailureKind;
  code: FailureCode;
  message: string;
}

/** What crosses IPC and HTTP for each call: the result, or the failure as data (never a thrown wrapper). */
export type CallOutcome = { ok: true; result: unknown } | { ok: false; failure: CallFailure };

export function kindOfCode(code: FailureCode): FailureKind {
  return code.slice(0, code.indexOf('/')) as FailureKind;
}

/** A failed contract call, as thrown by the core (UserError) and rethrown by the renderer's client. */
export class ContractError extends Error {
  override name = 'ContractError';
  readonly kind: FailureKind;

  constructor(
    readonly code: FailureCode,
    message: string,
  ) {
    super(message);
    this.kind = kindOfCode(code);
  }

  get failure(): CallFailure {
    return { kind: this.kind, code: this.code, message: this.message };
  }
}

export function isCallFailure(value: unknown): value is CallFailure {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, code, message } = value as Record<string, unknown>;
  return (
    typeof message === 'string' &&
    typeof code === 'string' &&
    FAILURE_KINDS.includes(kind as FailureKind) &&
    code.startsWith(`${String(kind)}/`)
  );
}

/** The envelope for any error a call raised: the core's own, or `internal/unexpected` with its message. */
export function failureOf(error: unknown): CallFailure {
  if (error instanceof ContractError) return error.failure;
  return { kind: 'internal', code: FAILURE.unexpected, message: error instanceof Error ? error.message : String(error) };
}
