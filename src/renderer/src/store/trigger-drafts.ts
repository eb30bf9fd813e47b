import type { SecretSlot, TriggerKind, TriggerPreset } from '@shared/trigger-preset';

/** A new preset of each kind, filled with what most users change least. */
export function newPreset(kind: TriggerKind, gitlabUrl: string): TriggerPreset {
  const base = { name: '', schedule: null };
  switch (kind) {
    case 'gitlab-trigger':
      return { ...base, kind, baseUrl: gitlabUrl, project: '', ref: 'main', variables: [], inputs: [], encoding: 'form' };
    case 'jenkins-gitlab-plugin':
      return {
        ...base, kind, baseUrl: 'http://127.0.0.1:8080', jobPath: '', auth: 'secret-token', user: '',
        event: 'Push Hook', variant: null, payload: null,
      };
    case 'jenkins-remote-build':
      return { ...base, kind, baseUrl: 'http://127.0.0.1:8080', jobPath: '', parameters: [], user: '' };
  }
}

export interface PresetSecretSpec {
  slot: SecretSlot;
  label: string;
  hint: string;
}

/** The secrets a preset uses, as its form asks for them; none of them is ever written to the preset's file. */
export function presetSecretSpecs(preset: TriggerPreset): PresetSecretSpec[] {
  switch (preset.kind) {
    case 'gitlab-trigger':
      return [{ slot: 'token', label: 'Trigger token', hint: 'A pipeline trigger token (Settings → CI/CD → Pipeline trigger tokens) or a CI job token.' }];
    case 'jenkins-gitlab-plugin':
      if (preset.auth === 'secret-token') {
        return [{ slot: 'token', label: 'Secret token', hint: "The job's GitLab trigger Secret Token, sent as X-Gitlab-Token." }];
      }
      return preset.auth === 'api-token'
        ? [{ slot: 'apiToken', label: 'API token', hint: "The Jenkins user's API token, sent as Basic auth (USER:APITOKEN@)." }]
        : [];
    case 'jenkins-remote-build':
      return [
        { slot: 'token', label: 'Build token', hint: 'The "Trigger builds remotely" authentication token, sent as ?token=.' },
        { slot: 'apiToken', label: 'API token (optional)', hint: 'With a user: Basic auth, which also spares the CSRF crumb.' },
      ];
  }
}
