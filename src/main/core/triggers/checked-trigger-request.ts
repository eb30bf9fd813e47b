import type { TriggerRequest } from '@shared/contract';
import { SECRET_SLOTS, type SecretSlot, type TriggerSecrets } from '@shared/trigger-preset';
import { checkedPreset } from '../presets/checked-preset';
import { UserError } from '@shared/user-error';
import { optionalBase64 } from '../outbound-requests';

function checkedSecrets(value: unknown): TriggerSecrets {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new UserError('The secrets must be an object of token and apiToken.');
  const secrets: TriggerSecrets = {};
  for (const [slot, secret] of Object.entries(value)) {
    if (!SECRET_SLOTS.includes(slot as SecretSlot)) throw new UserError(`"${slot}" is not a trigger secret: use token or apiToken.`);
    if (secret !== null && secret !== undefined && typeof secret !== 'string') throw new UserError(`The ${slot} must be text.`);
    secrets[slot as SecretSlot] = secret as string | null | undefined;
  }
  return secrets;
}

export function checkedTriggerRequest(request: unknown): TriggerRequest & { secrets: TriggerSecrets } {
  if (typeof request !== 'object' || request === null) throw new UserError('The trigger request must be an object with a preset.');
  const { preset, secrets, file, verifyTls } = request as Record<string, unknown>;
  if (file !== undefined && file !== null && typeof file !== 'string') throw new UserError('The preset file must be a file name.');
  if (verifyTls !== undefined && typeof verifyTls !== 'boolean') throw new UserError('verifyTls must be true or false.');
  const checked = checkedPreset(preset, { named: false });
  const payloadBase64 = optionalBase64((request as Record<string, unknown>).payloadBase64, 'payloadBase64');
  if (payloadBase64 !== undefined && checked.kind !== 'jenkins-gitlab-plugin') {
    throw new UserError('Only a Jenkins GitLab plugin call carries a payload: leave out payloadBase64.');
  }
  return { preset: checked, secrets: checkedSecrets(secrets), file: file as string | null | undefined, verifyTls, payloadBase64 };
}
