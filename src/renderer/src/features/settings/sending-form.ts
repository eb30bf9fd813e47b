/** The Sending section's text fields, checked the way the core checks them, with messages that name the labels. */
import type { Settings } from '@shared/settings';

export interface SendingDraft {
  gitlabUrl: string;
  gitlabVersion: string;
  timeoutSeconds: string;
  verifyTls: boolean;
}

export type SendingErrors = Partial<Record<keyof SendingDraft, string>>;

export function sendingDraftFrom(settings: Settings): SendingDraft {
  const { gitlabUrl, gitlabVersion, timeoutMs, verifyTls } = settings.sending;
  return { gitlabUrl, gitlabVersion, timeoutSeconds: String(timeoutMs / 1000), verifyTls };
}

export function sendingPatchFrom(draft: SendingDraft): { patch: Partial<Settings['sending']> } | { errors: SendingErrors } {
  const errors: SendingErrors = {};
  const gitlabUrl = draft.gitlabUrl.trim();
  if (!/^https?:\/\/[^/\s]+/i.test(gitlabUrl)) errors.gitlabUrl = 'GitLab URL must start with http:// or https://, e.g. https://gitlab.example.com.';
  const gitlabVersion = draft.gitlabVersion.trim();
  if (!/^[\w.+-]{1,40}$/.test(gitlabVersion)) errors.gitlabVersion = 'GitLab version must look like 19.1.0.';
  const seconds = Number(draft.timeoutSeconds.trim());
  if (draft.timeoutSeconds.trim() === '' || !Number.isFinite(seconds) || seconds < 0.1 || seconds > 600) {
    errors.timeoutSeconds = 'Timeout must be a number of seconds from 0.1 to 600 (GitLab waits 10 s).';
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { patch: { gitlabUrl, gitlabVersion, timeoutMs: Math.round(seconds * 1000), verifyTls: draft.verifyTls } };
}
