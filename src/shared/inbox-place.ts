/** The inbox's place in the URL, `#/inbox?q=…&id=…`, so a view can be bookmarked and a delivery linked. */
export interface InboxPlace {
  query: string;
  id: number | null;
}

export function readInboxPlace(hash: string): InboxPlace | null {
  const match = /^#\/inbox(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[1] ?? '');
  const id = Number(params.get('id'));
  return { query: params.get('q') ?? '', id: Number.isSafeInteger(id) && id > 0 ? id : null };
}

export function inboxHash({ query, id }: InboxPlace): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (id !== null) params.set('id', String(id));
  const text = params.toString().replaceAll('+', '%20');
  return text ? `#/inbox?${text}` : '#/inbox';
}
