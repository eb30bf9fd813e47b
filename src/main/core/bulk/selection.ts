import { BULK_LIMIT, type DeliverySelection } from '@shared/contract';
import { UserError } from '@shared/user-error';
import type { DeliveryReader } from '../store/delivery-reader';

/** Rows read per page while resolving a search: keyset pages, so the last is as quick as the first. */
const PAGE = 1000;

function tooMany(count: string): UserError {
  return new UserError(
    `That selection holds ${count} deliveries; a bulk action takes at most ${BULK_LIMIT.toLocaleString('en-US')}. ` +
      'Narrow the query (an event, a status, after:…) and act on each part in turn.',
  );
}

/** A selection's ids, newest first, as they are now: a search is resolved here, when the action runs. */
export async function resolveSelection(reader: DeliveryReader, selection: DeliverySelection): Promise<number[]> {
  if ('ids' in selection) {
    const ids = [...new Set(selection.ids)];
    for (const id of ids) if (id < 1) throw new UserError(`${id} is not a delivery id.`);
    if (ids.length > BULK_LIMIT) throw tooMany(ids.length.toLocaleString('en-US'));
    return ids.sort((a, b) => b - a);
  }
  const search = selection.search.trim();
  const ids: number[] = [];
  let beforeId: number | undefined;
  for (;;) {
    const page = await reader.list({ offset: 0, limit: PAGE, ...(search ? { search } : {}), ...(beforeId ? { beforeId } : {}) });
    ids.push(...page.rows.map((row) => row.id));
    if (ids.length > BULK_LIMIT) throw tooMany(`more than ${BULK_LIMIT.toLocaleString('en-US')}`);
    if (page.rows.length < PAGE) return ids;
    beforeId = page.rows[page.rows.length - 1].id;
  }
}
