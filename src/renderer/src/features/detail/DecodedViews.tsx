import { useEffect, useState } from 'react';
import { formRows, multipartRows, queryRows, type DecodedRow } from '@shared/decoded-body';
import type { DeliveryDetail } from '@shared/delivery';
import { headerValue } from '@shared/headers';
import { useClient } from '../../api/use-client';
import { HeaderRows } from '../../components/HeaderRows';
import { useApp } from '../../store/use-app';

/** Bodies larger than this are not decoded here: the body view shows them, and a table of them would not help. */
const DECODED_LIMIT_BYTES = 1024 * 1024;

function useBodyRows(detail: DeliveryDetail): { title: string; rows: DecodedRow[] } | null {
  const client = useClient();
  const reveal = useApp((state) => state.detail.revealSecrets);
  const [decoded, setDecoded] = useState<{ title: string; rows: DecodedRow[] } | null>(null);
  const contentType = headerValue(detail.requestHeaders, 'content-type') ?? '';
  const kind = /^application\/x-www-form-urlencoded/i.test(contentType) ? 'form' : /^multipart\/form-data/i.test(contentType) ? 'multipart' : null;

  useEffect(() => {
    setDecoded(null);
    if (!kind || detail.overLimit || detail.requestSize > DECODED_LIMIT_BYTES) return;
    let current = true;
    void client.getBodyBytes(detail.id, 'request', reveal).then((payload) => {
      if (!current || !payload) return;
      const { bytes } = payload;
      const rows = kind === 'form' ? formRows(new TextDecoder().decode(bytes)) : multipartRows(bytes, contentType);
      if (rows) setDecoded({ title: kind === 'form' ? 'Form fields' : 'Multipart parts', rows });
    });
    return () => {
      current = false;
    };
  }, [client, detail.id, detail.overLimit, detail.requestSize, reveal, kind, contentType]);
  return decoded;
}

/** The query string, and a form or multipart body, as name/value tables above the body itself. */
export function DecodedViews({ detail }: { detail: DeliveryDetail }) {
  const query = queryRows(detail.url);
  const body = useBodyRows(detail);
  return (
    <>
      {query.length > 0 && <HeaderRows mode="read-only" rows={query} title="Query string" testId="query-table" />}
      {body && <HeaderRows mode="read-only" rows={body.rows} title={body.title} testId="form-table" />}
    </>
  );
}
