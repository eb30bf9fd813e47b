import type { SecretName, SecretsState } from '@shared/secrets';
import { describeError, errorReason } from './describe-error';
import type { SliceCreator } from './types';

export interface SecretsSlice {
  /** Which secrets are set (masked) and where they are kept; values stay in the core. */
  secrets: SecretsState | null;
  secretsError: string | null;
  loadSecrets(): Promise<void>;
  setSecretsState(secrets: SecretsState): void;
  /** Sets or (null) clears a secret; resolves with the core's refusal in words, or null when it was kept. */
  saveSecret(name: SecretName, value: string | null): Promise<string | null>;
}

export const createSecretsSlice: SliceCreator<'settings', SecretsSlice> = ({ set, client }) => ({
  secrets: null,
  secretsError: null,
  async loadSecrets() {
    try {
      set({ secrets: await client.getSecretsState(), secretsError: null });
    } catch (error) {
      set({ secretsError: describeError('load the secrets', error) });
    }
  },
  setSecretsState(secrets) {
    set({ secrets });
  },
  async saveSecret(name, value) {
    try {
      set({ secrets: await client.setSecret(name, value), secretsError: null });
      return null;
    } catch (error) {
      return errorReason(error);
    }
  },
});
