import type { TransportErrorKind } from '@shared/delivery';
import { GITLAB_TIMEOUT_MS } from '@shared/gitlab-verdict';

/** Why a send got no HTTP response, in words a developer can act on. */
export interface TransportFailure {
  errorKind: TransportErrorKind;
  errorMessage: string;
}


const TRUST_HINT = 'turn off SSL verification for this target if you trust it';

function tlsMessage(code: string, message: string, host: string): string | null {
  switch (code) {
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
      return `TLS: self-signed certificate — ${TRUST_HINT}`;
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return `TLS: self-signed certificate in the chain — ${TRUST_HINT}`;
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return `TLS: the certificate's issuer is not trusted (private CA or missing intermediate) — ${TRUST_HINT}`;
    case 'CERT_HAS_EXPIRED':
      return 'TLS: the certificate has expired';
    case 'CERT_NOT_YET_VALID':
      return 'TLS: the certificate is not valid yet';
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `TLS: the certificate is not for ${host}`;
  }
  if (/wrong version number|packet length too long/i.test(message)) {
    return 'TLS: the target did not answer in TLS — is it plain http://?';
  }
  if (code === 'EPROTO' || /^ERR_(SSL|TLS)_|CERT/.test(code)) return `TLS: ${message}`;
  return null;
}

/**
 * Sorts a socket error into GitLab's "internal error" causes. `target` is host:port as the URL gave it, so
 * the message names what the user typed rather than the address it resolved to.
 */
export function describeTransportError(error: Error, target: string, host: string): TransportFailure {
  // With happy eyeballs a refused connection can arrive as an AggregateError whose parts carry the code.
  const inner = (error as { errors?: Error[] }).errors?.[0];
  const code = (error as NodeJS.ErrnoException).code ?? (inner as NodeJS.ErrnoException | undefined)?.code ?? '';
  const tls = tlsMessage(code, error.message, host);
  if (tls) return { errorKind: 'tls', errorMessage: tls };
  switch (code) {
    case 'ECONNREFUSED':
      return { errorKind: 'refused', errorMessage: `Connection refused by ${target} — is the receiver running?` };
    case 'ETIMEDOUT':
      return { errorKind: 'timeout', errorMessage: `Could not connect to ${target}: the connection attempt timed out` };
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
      return {
        errorKind: 'reset',
        errorMessage: error.message === 'socket hang up'
          ? `${target} closed the connection without answering`
          : `The connection to ${target} was reset before a full response`,
      };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { errorKind: 'other', errorMessage: `Host name "${host}" was not found (DNS)` };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { errorKind: 'other', errorMessage: `No route to ${target} (host or network unreachable)` };
  }
  return { errorKind: 'other', errorMessage: error.message || String(error) };
}

export function timeoutFailure(timeoutMs: number, responseStarted: boolean): TransportFailure {
  const limit = `${timeoutMs / 1000} s${timeoutMs === GITLAB_TIMEOUT_MS ? " (GitLab's default webhook timeout)" : ''}`;
  return {
    errorKind: 'timeout',
    errorMessage: responseStarted ? `The response did not finish within ${limit}` : `No response within ${limit}`,
  };
}
