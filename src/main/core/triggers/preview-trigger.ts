import { maskSecret } from '@shared/secrets';
import type { TriggerPreset, TriggerPreview, TriggerSecrets } from '@shared/trigger-preset';
import { wireHeaders } from '../sender/send-request';
import { curlCommand } from './curl-command';
import { prepareTrigger } from './prepare-trigger';
import { requestWarnings } from './request-warnings';
import type { TriggerContext } from './prepared-trigger';
import { secretMask } from '../secrets/secret-masking';

export interface PreviewContext extends TriggerContext {
  verifyTls: boolean;
}

/**
 * The request a preset makes, as it will go on the wire (Host, Content-Length and Connection included),
 * with its curl twin and the known traps; secrets masked unless `reveal`.
 */
export async function previewTrigger(
  preset: TriggerPreset,
  secrets: TriggerSecrets,
  context: PreviewContext,
  reveal = false,
): Promise<TriggerPreview> {
  const prepared = await prepareTrigger(preset, secrets, context);
  const mask = reveal ? (text: string) => text : secretMask(prepared.secrets, maskSecret);
  const body = Buffer.from(prepared.body).toString('utf8');
  return {
    method: prepared.method,
    url: mask(prepared.url),
    headers: wireHeaders(new URL(prepared.url), prepared.headers, prepared.body.byteLength).map(([name, value]) => [name, mask(value)]),
    body: mask(body),
    curl: curlCommand(prepared, mask, context.verifyTls),
    warnings: requestWarnings({ method: prepared.method, url: prepared.url, headers: prepared.headers, body }, prepared.kind),
  };
}
