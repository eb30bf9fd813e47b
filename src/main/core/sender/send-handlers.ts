import type { ContractHandlers, SendSampleRequest } from '@shared/contract';
import type { DeliveryDetail } from '@shared/delivery';
import { FAILURE } from '@shared/errors';
import { UserError } from '@shared/user-error';
import { checkedReplayRequest, checkedSendRequest } from '../outbound-requests';
import type { SettingsKeeper } from '../settings/settings-keeper';
import type { DeliveryRecord } from '../store/delivery-record';
import type { DeliveryReader } from '../store/delivery-reader';
import { previewGitlabHeaders, previewMasked } from './header-preview';
import { requestBody } from './payload-body';
import { replay } from './replay';
import { resendRequest, sendResend, type Resend } from './resend';
import { gitlabDeliveryFor, sendAsGitlab } from './send-as-gitlab';
import { sentDelivery } from './sent-delivery';
import { replayWarnings, sendWarnings } from './send-warnings';

export interface SendHandlerDeps {
  /** Reads what is sent again, off the receiver's thread. */
  reader: DeliveryReader;
  settings: SettingsKeeper;
  /** Stores an outbound delivery through the same writer as captured ones; resolves with its id. */
  storeRecord: (record: DeliveryRecord) => Promise<number>;
  /** Tokens typed for one send are held nowhere else: the views that show what they were sent in mask them too. */
  rememberSecrets: (values: readonly (string | null | undefined)[]) => void;
  /** A delivery as the UI sees it: secrets masked, as getDelivery masks them. */
  shownDetail: (detail: DeliveryDetail) => DeliveryDetail;
}

type SendHandlers = Pick<ContractHandlers, 'sendSample' | 'previewSampleHeaders' | 'previewReplay' | 'replayDelivery'>;

/** Sending and previewing samples, edited resends and replays: one path from a checked request to the wire. */
export function createSendHandlers({ reader, settings, storeRecord, rememberSecrets, shownDetail }: SendHandlerDeps): SendHandlers {
  /** A stored delivery that can go out again, or the reason it cannot. */
  async function sendableAgain(id: number, needsBody: boolean): Promise<DeliveryDetail> {
    const original = await reader.detail(id);
    if (!original) throw new UserError(`There is no delivery #${id}: it may have been deleted or pruned.`, FAILURE.noSuchDelivery);
    if (original.origin === 'trigger') {
      throw new UserError(
        `Delivery #${original.id} is a trigger call: its Jenkins crumb and session go stale, and a schedule or preset may have ` +
          'changed its token since. Send its preset again from Triggers, or run hookbench trigger with the token.',
      );
    }
    if (needsBody && original.overLimit) {
      throw new UserError(`Delivery #${original.id} was over the body limit: its bytes were not kept, so it cannot be sent again.`);
    }
    return original;
  }

  async function resendFor(request: SendSampleRequest & { resendOf: NonNullable<SendSampleRequest['resendOf']> }): Promise<Resend> {
    const edited = requestBody(request);
    const parent = await sendableAgain(request.resendOf.id, edited === null);
    const { sending } = settings.current;
    return {
      parentId: parent.id,
      provider: parent.provider,
      method: request.resendOf.method,
      to: request.to,
      headers: request.headers ?? [],
      body: edited ?? (await reader.body(parent.id, 'request')) ?? new Uint8Array(),
      secretToken: request.secretToken,
      signingToken: request.signingToken,
      timeoutMs: sending.timeoutMs,
      verifyTls: request.verifyTls ?? sending.verifyTls,
    };
  }

  return {
    sendSample: async (request) => {
      const checked = checkedSendRequest(request);
      rememberSecrets([checked.secretToken, checked.signingToken]);
      const { resendOf } = checked;
      const record = resendOf
        ? await sendResend(await resendFor({ ...checked, resendOf }))
        : await sendAsGitlab(gitlabDeliveryFor(checked, settings.current.sending));
      return shownDetail(sentDelivery(await storeRecord(record), record));
    },
    previewSampleHeaders: async (request) => {
      const checked = checkedSendRequest(request);
      const { resendOf } = checked;
      const headers = resendOf
        ? previewMasked(resendRequest(await resendFor({ ...checked, resendOf })).headers)
        : previewGitlabHeaders(gitlabDeliveryFor(checked, settings.current.sending));
      return { headers, warnings: sendWarnings(checked) };
    },
    previewReplay: async (request) => {
      const checked = checkedReplayRequest(request);
      const original = await sendableAgain(checked.id, false);
      return { warnings: await replayWarnings(original, checked, async () => (await reader.body(original.id, 'request')) ?? new Uint8Array()) };
    },
    replayDelivery: async (request) => {
      const checked = checkedReplayRequest(request);
      if (!Number.isSafeInteger(checked.id) || checked.id < 1) throw new UserError(`${String(checked.id)} is not a delivery id.`);
      const original = await sendableAgain(checked.id, true);
      const { sending } = settings.current;
      const record = await replay(original, (await reader.body(original.id, 'request')) ?? new Uint8Array(), {
        to: checked.to,
        keepIdempotencyKey: checked.keepIdempotencyKey ?? true,
        signingToken: checked.signingToken ?? null,
        timeoutMs: sending.timeoutMs,
        verifyTls: checked.verifyTls ?? sending.verifyTls,
      });
      return shownDetail(sentDelivery(await storeRecord(record), record));
    },
  };
}
