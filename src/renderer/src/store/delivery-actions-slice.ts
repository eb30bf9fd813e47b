import type { ReplayRequest } from '@shared/contract';
import type { DeliveryDetail } from '@shared/delivery';
import { defaultSettings } from '@shared/settings';
import { resendBody, resendHeaders, resendTarget, secretTokenOf } from './compose-resend';
import { errorReason } from './describe-error';
import { rememberedReplayTarget, rememberReplayTarget } from './remembered-targets';
import type { ReadableState, SliceCreator } from './types';

type ActionTarget = Pick<DeliveryDetail, 'id' | 'origin' | 'url'>;

export interface DeliveryActionsSlice {
  /** Where captured deliveries are replayed to; remembered across restarts. */
  replayTarget: string;
  /** Keep Idempotency-Key and webhook-id, as GitLab's Resend does. */
  keepIdempotencyKey: boolean;
  /** The "Replay to…" field is open under the actions. */
  replayPromptOpen: boolean;
  replaying: boolean;
  actionError: string | null;
  setReplayTarget(url: string): void;
  setKeepIdempotencyKey(keep: boolean): void;
  setReplayPromptOpen(open: boolean): void;
  /**
   * Replays to `to`, else to the delivery's own target, else to the remembered URL; with none of them the
   * prompt opens instead. The replay shows once stored, so its response is what the user sees next.
   */
  replay(delivery: ActionTarget, to?: string): Promise<void>;
  /** Compose, prefilled with the delivery's method, headers, body (text, or hex read-only), target and secret token. */
  editAndResend(delivery: DeliveryDetail): Promise<void>;
}

/** How a replay goes out, one or in bulk: kept ids as chosen, Compose's signing token re-signs, its TLS switch (else Settings') holds. */
export function replaySending(state: ReadableState<'detail' | 'compose' | 'settings'>): Pick<ReplayRequest, 'keepIdempotencyKey' | 'signingToken' | 'verifyTls'> {
  const { draft } = state.compose;
  return {
    keepIdempotencyKey: state.detail.keepIdempotencyKey,
    // The signing token typed in Compose re-signs replays too: one place to set it per session.
    signingToken: draft.signingToken || null,
    verifyTls: draft.verifyTls ?? state.settings.values?.sending.verifyTls ?? defaultSettings.sending.verifyTls,
  };
}

/** As the core decides: only a captured delivery lacks a target of its own. */
export function hasOwnTarget(delivery: Pick<DeliveryDetail, 'origin'>): boolean {
  return delivery.origin !== 'captured';
}

export const createDeliveryActionsSlice: SliceCreator<'detail', DeliveryActionsSlice, 'compose' | 'settings' | 'shell'> = ({ set, get, client }) => ({
  replayTarget: rememberedReplayTarget(),
  keepIdempotencyKey: true,
  replayPromptOpen: false,
  replaying: false,
  actionError: null,
  setReplayTarget(url) {
    set({ replayTarget: url });
  },
  setKeepIdempotencyKey(keep) {
    set({ keepIdempotencyKey: keep });
  },
  setReplayPromptOpen(open) {
    set({ replayPromptOpen: open, actionError: null });
  },
  async replay(delivery, to) {
    const explicit = to?.trim();
    const target = explicit || (hasOwnTarget(delivery) ? undefined : get().detail.replayTarget.trim());
    if (target === '') {
      set({ replayPromptOpen: true });
      return;
    }
    if (get().detail.replaying) return;
    set({ replaying: true, actionError: null });
    try {
      const replayed = await client.replayDelivery({ id: delivery.id, to: target, ...replaySending(get()) });
      if (explicit) {
        rememberReplayTarget(explicit);
        set({ replayTarget: explicit });
      }
      set({ replaying: false, replayPromptOpen: false });
      get().detail.show(replayed);
    } catch (error) {
      set({ replaying: false, actionError: `Not replayed: ${errorReason(error)}` });
    }
  },
  async editAndResend(delivery) {
    set({ actionError: null });
    try {
      // What is resent is what was sent: the stored bytes and token, not the masked view of them.
      const stored = await client.getBodyBytes(delivery.id, 'request', true);
      const sent = (await client.getDelivery(delivery.id, true)) ?? delivery;
      const body = resendBody(stored?.bytes ?? null);
      get().compose.loadIntoCompose(
        {
          event: sent.event ?? '',
          payload: body.text,
          bodyIsBinary: body.binary,
          target: resendTarget(sent, get().detail.replayTarget || get().compose.draft.target),
          secretToken: secretTokenOf(sent) ?? '',
          resendOf: { id: sent.id, method: sent.method },
        },
        resendHeaders(sent.requestHeaders),
      );
      get().shell.showScreen('compose');
    } catch (error) {
      set({ actionError: `Could not open it in Compose: ${errorReason(error)}` });
    }
  },
});
