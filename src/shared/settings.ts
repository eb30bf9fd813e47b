import type { RawHeaders } from './delivery';

export interface DefaultResponse {
  status: number;
  headers: RawHeaders;
  body: string;
  delayMs: number;
}

export interface Settings {
  receiver: {
    host: string;
    port: number;
    bodyLimitBytes: number;
    defaultResponse: DefaultResponse;
    /** Answer 401 when a configured token or signature check fails, as the Jenkins GitLab plugin does. */
    rejectInvalid: boolean;
  };
  storage: {
    /** Newest deliveries kept; 0 keeps everything. */
    retain: number;
  };
  samples: {
    /** Where saved samples live, one JSON file each; empty means `samples` in the data folder. */
    folder: string;
  };
  sending: {
    /** The instance deliveries claim to come from (X-Gitlab-Instance) and samples link to. */
    gitlabUrl: string;
    /** Sent as User-Agent: GitLab/<version>. */
    gitlabVersion: string;
    /** GitLab's webhook timeout: 10 s unless an admin changed it. */
    timeoutMs: number;
    verifyTls: boolean;
  };
  appearance: {
    theme: 'system' | 'light' | 'dark';
  };
  notifications: {
    /** Desktop app: a native notification when a delivery goes red while its window is in the background. */
    redInBackground: boolean;
  };
  inbox: {
    /** Named search queries, shown in the filter bar. */
    savedFilters: SavedFilter[];
  };
}

export interface SavedFilter {
  name: string;
  query: string;
}

export type SettingsPatch = {
  [K in keyof Settings]?: Partial<Settings[K]>;
};

/** GitLab's own cap on a webhook body (REQUEST_BODY_SIZE_LIMIT). */
export const GITLAB_BODY_LIMIT_BYTES = 25 * 1024 * 1024;

export const defaultSettings: Settings = {
  receiver: {
    host: '127.0.0.1',
    port: 8000,
    bodyLimitBytes: GITLAB_BODY_LIMIT_BYTES,
    defaultResponse: { status: 200, headers: [['Content-Type', 'text/plain; charset=utf-8']], body: 'OK\n', delayMs: 0 },
    rejectInvalid: false,
  },
  storage: { retain: 10_000 },
  samples: { folder: '' },
  sending: { gitlabUrl: 'https://gitlab.example.com', gitlabVersion: '19.1.0', timeoutMs: 10_000, verifyTls: true },
  appearance: { theme: 'system' },
  notifications: { redInBackground: true },
  inbox: { savedFilters: [] },
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}
