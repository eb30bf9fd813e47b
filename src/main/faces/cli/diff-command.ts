import type { BodyPart } from '@shared/delivery';
import { deliveryDiffText, type DiffOptions } from '@shared/diff/delivery-text';
import { unifiedDiff } from '@shared/diff/unified-diff';
import { UserError } from '@shared/user-error';
import type { AppCore } from '../../core/app-core';

async function storedDelivery(core: AppCore, id: number, reveal: boolean) {
  const detail = await core.handlers.getDelivery(id, reveal);
  if (!detail) throw new UserError(`There is no delivery ${id} in this data folder: \`hookbench export\` lists what is stored.`);
  const body = async (part: BodyPart) => {
    const payload = await core.handlers.getBodyBytes(id, part, reveal);
    return payload ? Buffer.from(payload.bytes) : null;
  };
  return { detail, bodies: { request: await body('request'), response: await body('response') } };
}

/** The unified diff of two deliveries' requests and responses (empty when equal), as `hookbench diff` prints it. */
export async function diffDeliveries(core: AppCore, ids: [number, number], options: DiffOptions & { reveal: boolean }): Promise<string> {
  const [a, b] = await Promise.all(ids.map((id) => storedDelivery(core, id, options.reveal)));
  const [textA, textB] = [deliveryDiffText(a.detail, a.bodies, options), deliveryDiffText(b.detail, b.bodies, options)];
  return (
    unifiedDiff(textA.request, textB.request, [`delivery ${ids[0]} request`, `delivery ${ids[1]} request`]) +
    unifiedDiff(textA.response, textB.response, [`delivery ${ids[0]} response`, `delivery ${ids[1]} response`])
  );
}
