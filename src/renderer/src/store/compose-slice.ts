import type { DeliveryDetail, RawHeaders } from '@shared/delivery';
import { findGitlabEvent } from '@shared/gitlab-catalogue';
import { defaultSettings } from '@shared/settings';
import { headerPairs, sendRequestOf, type ComposeDraft, type CustomHeaderRow } from './compose-draft';
import { newDeliveryIds, withNewIds } from './compose-resend';
import { errorReason } from './describe-error';
import { recentTargets, rememberTarget } from './remembered-targets';
import { defaultSampleContextDraft, sampleContextFrom, type SampleContextDraft, type SampleContextErrors } from './sample-context-draft';
import type { SliceCreator } from './types';

/** What a sample starts from: GitLab's bytes, ids of its own, no delivery behind it. */
const SAMPLE_MODE = { serialization: 'gitlab', resendOf: null, bodyIsBinary: false } as const;

export type ComposeStatus = 'idle' | 'generating' | 'sending';

/** A saved sample file Compose holds: opened from the Samples screen, or just saved. */
export interface OpenedSample {
  file: string;
  name: string;
}

export interface ComposeSlice {
  draft: ComposeDraft;
  sampleContext: SampleContextDraft;
  sampleContextErrors: SampleContextErrors;
  composeStatus: ComposeStatus;
  /** In words: a refused context, payload or target. */
  composeError: string | null;
  /** The delivery the last send made, with its response. */
  lastSent: DeliveryDetail | null;
  /** Newest first, for the target field's suggestions. */
  recentTargets: string[];
  /** Null once the payload comes from elsewhere (generated, or taken from a delivery). */
  openedSample: OpenedSample | null;
  editCompose(patch: Partial<Omit<ComposeDraft, 'headers'>>): void;
  editSampleContext(patch: Partial<SampleContextDraft>): void;
  /** A fresh sample (new SHAs, ids, times) for an event and variant; the current ones when omitted. */
  generateComposeSample(event?: string, variantId?: string): Promise<void>;
  /** A blank row to fill in, or one replacing a header GitLab sets (name and its current value). */
  addCustomHeader(name?: string, value?: string): void;
  /** The rows of a saved sample's headers, replacing the current ones. */
  setCustomHeaders(headers: RawHeaders): void;
  editCustomHeader(key: number, patch: Partial<Pick<CustomHeaderRow, 'name' | 'value'>>): void;
  removeCustomHeader(key: number): void;
  /** New ids: GitLab's for a sample; for a resend, in its Idempotency-Key, webhook-id and X-Gitlab-Webhook-UUID rows. */
  newComposeIds(): void;
  sendCompose(): Promise<void>;
  /** Opens Compose with what another delivery sent, its headers as the rows, to change and send again. */
  loadIntoCompose(
    draft: Pick<ComposeDraft, 'event' | 'payload' | 'target' | 'secretToken' | 'resendOf' | 'bodyIsBinary'>,
    headers: RawHeaders,
  ): void;
  /** Opens a saved sample's event, variant, headers and payload, as GitLab would serialise them. */
  loadSavedSample(opened: OpenedSample, sample: Pick<ComposeDraft, 'event' | 'variantId' | 'payload'>, headers: RawHeaders): void;
  /** Compose now holds this saved sample (just saved under that name). */
  holdSample(opened: OpenedSample): void;
}

const DEFAULT_EVENT = 'Push Hook';

export const createComposeSlice: SliceCreator<'compose', ComposeSlice, 'settings'> = ({ set, get, client }) => {
  let nextHeaderKey = 1;
  const history = recentTargets();

  function editDraft(patch: Partial<ComposeDraft>): void {
    set({ draft: { ...get().compose.draft, ...patch } });
  }

  return {
    draft: {
      event: DEFAULT_EVENT,
      variantId: null,
      payload: '',
      target: history[0] ?? '',
      secretToken: '',
      signingToken: '',
      headers: [],
      verifyTls: null,
      ids: newDeliveryIds(),
      ...SAMPLE_MODE,
    },
    sampleContext: defaultSampleContextDraft,
    sampleContextErrors: {},
    composeStatus: 'idle',
    composeError: null,
    lastSent: null,
    recentTargets: history,
    openedSample: null,
    editCompose: editDraft,
    editSampleContext(patch) {
      set({ sampleContext: { ...get().compose.sampleContext, ...patch } });
    },
    async generateComposeSample(event = get().compose.draft.event, variantId = get().compose.draft.variantId ?? undefined) {
      // A payload taken from a delivery has no variant: regenerating it starts from the event's default one.
      const variant = variantId ?? findGitlabEvent(event)?.variants[0]?.id;
      const instanceUrl = get().settings.values?.sending.gitlabUrl ?? defaultSettings.sending.gitlabUrl;
      const checked = sampleContextFrom(get().compose.sampleContext, instanceUrl);
      if ('errors' in checked) {
        set({ sampleContextErrors: checked.errors, composeError: 'Fix the sample context to generate a sample.' });
        return;
      }
      set({ sampleContextErrors: {}, composeStatus: 'generating', composeError: null });
      try {
        const sample = await client.generateSample({ event, variant, context: checked.context });
        // A resend's header rows are the delivery's own: a sample starts from GitLab's again.
        const { resendOf, headers: rows } = get().compose.draft;
        const headers = resendOf ? [] : rows;
        editDraft({ event: sample.header, variantId: variant ?? null, payload: sample.payload, ids: newDeliveryIds(), headers, ...SAMPLE_MODE });
        set({ composeStatus: 'idle', openedSample: null });
      } catch (error) {
        set({ composeStatus: 'idle', composeError: `No sample generated: ${errorReason(error)}` });
      }
    },
    addCustomHeader(name = '', value = '') {
      editDraft({ headers: [...get().compose.draft.headers, { key: nextHeaderKey++, name, value }] });
    },
    setCustomHeaders(headers) {
      editDraft({ headers: headers.map(([name, value]) => ({ key: nextHeaderKey++, name, value })) });
    },
    editCustomHeader(key, patch) {
      editDraft({ headers: get().compose.draft.headers.map((row) => (row.key === key ? { ...row, ...patch } : row)) });
    },
    removeCustomHeader(key) {
      editDraft({ headers: get().compose.draft.headers.filter((row) => row.key !== key) });
    },
    newComposeIds() {
      const { draft } = get().compose;
      if (!draft.resendOf) return editDraft({ ids: newDeliveryIds() });
      get().compose.setCustomHeaders(withNewIds(headerPairs(draft.headers)));
    },
    async sendCompose() {
      const { draft, composeStatus } = get().compose;
      if (composeStatus !== 'idle') return;
      const to = draft.target.trim();
      if (!to) {
        set({ composeError: 'Enter the URL to send to: your receiver, as you would paste it into GitLab.' });
        return;
      }
      set({ composeStatus: 'sending', composeError: null });
      try {
        const sent = await client.sendSample(sendRequestOf(get().compose, get().settings.values, to));
        set({ recentTargets: rememberTarget(to), lastSent: sent, composeStatus: 'idle' });
      } catch (error) {
        set({ composeStatus: 'idle', composeError: `Not sent: ${errorReason(error)}` });
      }
    },
    loadIntoCompose(draft, headers) {
      editDraft({ ...draft, variantId: null, serialization: 'as-typed', ids: newDeliveryIds() });
      get().compose.setCustomHeaders(headers);
      set({ lastSent: null, composeError: null, openedSample: null });
    },
    loadSavedSample(opened, sample, headers) {
      get().compose.setCustomHeaders(headers);
      editDraft({ ...sample, serialization: 'gitlab', resendOf: null, bodyIsBinary: false });
      set({ openedSample: opened, lastSent: null, composeError: null });
    },
    holdSample(opened) {
      set({ openedSample: opened });
    },
  };
};
