import type { ContractHandlers } from '@shared/contract';
import { presetSecretName, SECRET_SLOTS, type TriggerSecrets } from '@shared/trigger-preset';
import type { SecretStore } from '../secrets/secret-store';
import type { SettingsKeeper } from '../settings/settings-keeper';
import type { DeliveryDetail } from '@shared/delivery';
import { sentDelivery } from '../sender/sent-delivery';
import type { DeliveryRecord } from '../store/delivery-record';
import { checkedTriggerRequest } from './checked-trigger-request';
import { JenkinsCrumbs } from './jenkins-crumbs';
import { previewTrigger } from './preview-trigger';
import { sendTrigger } from './send-trigger';

export interface TriggerHandlerDeps {
  settings: SettingsKeeper;
  secrets: SecretStore;
  storeRecord: (record: DeliveryRecord) => Promise<number>;
  /** Secrets a call carried that the store may not hold (typed for one call, a crumb): masked when shown. */
  rememberSecrets: (values: readonly string[]) => void;
  /** The delivery as the UI may see it: secrets masked. */
  shownDetail: (detail: DeliveryDetail) => DeliveryDetail;
}

/**
 * previewTrigger and sendTrigger. A secret typed for this call wins; otherwise a saved preset's secret comes from
 * the encrypted store, so the UI and schedules never need the plain value.
 */
export function createTriggerHandlers({ settings, secrets, storeRecord, rememberSecrets, shownDetail }: TriggerHandlerDeps): Pick<ContractHandlers, 'previewTrigger' | 'sendTrigger'> {
  // One per core: a Jenkins crumb and its session cookie are reused across calls, as a browser would.
  const crumbs = new JenkinsCrumbs();

  function checked(request: unknown) {
    const { preset, secrets: given, file, verifyTls, payloadBase64 } = checkedTriggerRequest(request);
    const merged: TriggerSecrets = {};
    for (const slot of SECRET_SLOTS) merged[slot] = given[slot] || (file ? secrets.get(presetSecretName(file, slot)) : null);
    const { sending } = settings.current;
    const payload = payloadBase64 === undefined ? undefined : Buffer.from(payloadBase64, 'base64');
    return { preset, secrets: merged, sending: { ...sending, verifyTls: verifyTls ?? sending.verifyTls, payload } };
  }

  return {
    previewTrigger: (request, reveal) => {
      const { preset, secrets: merged, sending } = checked(request);
      return previewTrigger(preset, merged, sending, reveal === true);
    },
    sendTrigger: async (request) => {
      const { preset, secrets: merged, sending } = checked(request);
      const { record, explanation, secrets: carried } = await sendTrigger(preset, merged, { ...sending, crumbs });
      rememberSecrets(carried);
      return { delivery: shownDetail(sentDelivery(await storeRecord(record), record)), explanation };
    },
  };
}
