/**
 * `hookbench://inbox?q=…&id=…` links: the same place as the inbox's URL (`#/inbox?q=…&id=…`), from a browser, a chat
 * or a terminal. Parsed here and rebuilt as the inbox's hash, so nothing of the link but its query and id reaches
 * the window.
 */
import { inboxHash, type InboxPlace } from '@shared/inbox-place';

export const LINK_SCHEME = 'hookbench';

/** Longer queries are not typed by people; a link this long is more likely a mistake or an attack. */
const QUERY_LIMIT = 2000;

export type ParsedLink = { place: InboxPlace; hash: string } | { error: string };

function refused(link: string, why: string): ParsedLink {
  const shown = link.length > 120 ? `${link.slice(0, 120)}…` : link;
  return { error: `Hookbench cannot open the link ${shown}: ${why}` };
}

export function parseHookbenchLink(link: string): ParsedLink {
  const url = URL.parse(link);
  if (!url || url.protocol !== `${LINK_SCHEME}:`) return refused(link, 'it is not a hookbench:// link.');
  if (url.username || url.password || url.port) return refused(link, 'a hookbench:// link has no user, password or port.');
  if (url.hostname.toLowerCase() !== 'inbox' || (url.pathname !== '' && url.pathname !== '/')) {
    return refused(link, 'only hookbench://inbox links exist, such as hookbench://inbox?q=status:failed&id=12.');
  }
  const unknown = [...url.searchParams.keys()].filter((name) => name !== 'q' && name !== 'id');
  if (unknown.length > 0) return refused(link, `it names ${unknown.map((name) => `"${name}"`).join(', ')}; a link takes q (the search) and id (a delivery).`);
  const query = url.searchParams.get('q') ?? '';
  if (query.length > QUERY_LIMIT) return refused(link, `its search is ${query.length} characters long; at most ${QUERY_LIMIT}.`);
  const idText = url.searchParams.get('id');
  const id = idText === null ? null : Number(idText);
  if (id !== null && !(Number.isSafeInteger(id) && id > 0 && /^\d+$/.test(idText ?? ''))) {
    return refused(link, `id must be a delivery number such as 12, not "${idText}".`);
  }
  const place = { query, id };
  return { place, hash: inboxHash(place) };
}

/** The link in a command line (a second instance's, or this one's at start on Windows and Linux), if any. */
export function linkInArgv(argv: readonly string[]): string | undefined {
  return argv.find((argument) => argument.toLowerCase().startsWith(`${LINK_SCHEME}://`));
}
