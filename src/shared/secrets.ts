/**
 * Names of the secrets kept by the encrypted secret store. Values never travel to a face except when the
 * user asks to reveal one; faces see only whether a secret is set and a masked hint.
 */
export const RECEIVER_SECRET_NAMES = ['receiver.secretToken', 'receiver.signingToken', 'receiver.mockTriggerToken'] as const;
export type ReceiverSecretName = (typeof RECEIVER_SECRET_NAMES)[number];

/**
 * A receiver secret, a preset's (`preset:<file>:token|apiToken`, see presetSecretName), or a mock Jenkins
 * job's secret token (`jenkins:<job path>:token`).
 */
export type SecretName = ReceiverSecretName | `preset:${string}:${'token' | 'apiToken'}` | `jenkins:${string}:token`;

export interface SecretsState {
  /**
   * `encrypted`: kept on disk, encrypted (Electron safeStorage, or HOOKBENCH_SECRET_KEY outside the app);
   * `session`: kept in memory for this run only, because no key is available.
   */
  storage: 'encrypted' | 'session';
  /** Why secrets are session-only, and what to do about it; null when encrypted. */
  message: string | null;
  /** Every set secret with its masked hint, e.g. `{"receiver.secretToken": "••••••3f9a"}`. */
  masked: Record<string, string>;
  /**
   * Receiver tokens this run was given on its command line (`--mock-trigger-token` …): they are the ones in force,
   * whatever is saved here. Absent when none was given.
   */
  setForThisRun?: ReceiverSecretName[];
}

const MASK = '••••••';

/** Enough of a secret to tell two apart, never enough to use one: values of 20 characters or more keep their last 4, as GitLab lists trigger tokens by a short tail. */
export function maskSecret(value: string): string {
  return value.length >= 20 ? `${MASK}${value.slice(-4)}` : MASK;
}
