/** What the inbox calls a delivery, and whether it can be sent again from there: shared so every face says the same. */
import type { DeliveryRow } from './delivery';
import { triggerKindOfUrl } from './trigger-explain';
import type { TriggerKind } from './trigger-preset';

const TRIGGER_NAMES: Record<TriggerKind, string> = {
  'gitlab-trigger': 'GitLab trigger',
  'jenkins-remote-build': 'Jenkins build',
  'jenkins-gitlab-plugin': 'Jenkins GitLab plugin',
};

/**
 * Its event (`Push Hook`), or for a trigger call the trigger it is. A captured request is named by a trigger path
 * only when the path is GitLab's own API (what the mock answers): `/project/…` alone says too little.
 */
export function deliveryName(row: Pick<DeliveryRow, 'event' | 'url' | 'origin'>): string | null {
  if (row.event) return row.event;
  const kind = triggerKindOfUrl(row.url);
  if (!kind || (row.origin !== 'trigger' && kind !== 'gitlab-trigger')) return null;
  return TRIGGER_NAMES[kind];
}

/** Why Replay and Edit and resend cannot take this delivery, in words; null when they can. */
export function whyNotResendable(row: Pick<DeliveryRow, 'origin' | 'overLimit'>): string | null {
  if (row.origin === 'trigger') {
    return 'A trigger call is stored with its tokens masked, so it cannot be sent again as it is: send its preset again from Triggers.';
  }
  if (row.overLimit) return 'Its body was over the limit and not kept, so it cannot be sent again.';
  return null;
}
