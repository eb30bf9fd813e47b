import type { RawHeaders } from '@shared/delivery';
import { errorReason } from './describe-error';
import { sendRequestOf } from './compose-draft';
import type { SliceCreator } from './types';

/** Before a target is typed, GitLab's headers are previewed as for any URL: only Basic auth depends on it. */
const PREVIEW_TARGET = 'http://127.0.0.1/';

export interface HeadersPreviewSlice {
  /** What the core will send for Compose as it stands, secrets masked; null before the first preview. */
  headersPreview: RawHeaders | null;
  /** The known traps of sending Compose as it stands, from the same preview, in words. */
  sendWarnings: string[];
  /** Why Compose cannot be sent as it stands (a refused header, a bad URL or token), in words. */
  headersPreviewError: string | null;
  refreshHeadersPreview(): Promise<void>;
  /** Edits one of GitLab's headers: a custom header of the same name replaces it when sent. */
  overrideHeader(name: string, value: string): void;
}

export const createHeadersPreviewSlice: SliceCreator<'compose', HeadersPreviewSlice, 'settings'> = ({ set, get, client }) => {
  // Previews overlap while the user types; only the newest one's answer is shown.
  let latest = 0;
  return {
    headersPreview: null,
    sendWarnings: [],
    headersPreviewError: null,
    async refreshHeadersPreview() {
      const asked = ++latest;
      const { compose, settings } = get();
      try {
        const preview = await client.previewSampleHeaders(sendRequestOf(compose, settings.values, compose.draft.target.trim() || PREVIEW_TARGET));
        if (asked === latest) set({ headersPreview: preview.headers, sendWarnings: preview.warnings, headersPreviewError: null });
      } catch (error) {
        if (asked === latest) set({ headersPreviewError: errorReason(error) });
      }
    },
    overrideHeader(name, value) {
      const taken = get().compose.draft.headers.some((row) => row.name.trim().toLowerCase() === name.toLowerCase());
      if (!taken) get().compose.addCustomHeader(name, value);
    },
  };
};
