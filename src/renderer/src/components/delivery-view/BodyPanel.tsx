import { Suspense, useMemo, useState } from 'react';
import { retryableLazy } from '../retryable-lazy';
import type { BodyPart, DeliveryDetail } from '@shared/delivery';
import { headerValue } from '@shared/headers';
import { CopyButton } from '../CopyButton';
import { formatBytes } from '../format';
import { Tabs } from '../Tabs';
import { utf8Lossy } from './body-bytes';
import { useApp } from '../../store/use-app';
import { HEX_DUMP_LIMIT_BYTES, presentBody, type BodyViewId } from './body-presentation';
import { hexDump } from './hex-dump';
import { jsonParseError, reindentJson } from './pretty-json';
import { useBody } from './use-body';

// Monaco is most of the bundle: loading it on the first opened body keeps the list's first paint fast.
const CodeView = retryableLazy(() => import('../../monaco/CodeView').then((module) => module.CodeView));

const VIEW_LABELS: Record<BodyViewId, string> = { pretty: 'Pretty', raw: 'Raw', hex: 'Hex' };

const PART_TITLES: Record<BodyPart, string> = { request: 'Request body', response: 'Response body' };

/** One body of a delivery, fetched by id and part when shown; an update to the delivery does not refetch it. */
export function BodyPanel({ detail, part }: { detail: DeliveryDetail; part: BodyPart }) {
  const headers = part === 'request' ? detail.requestHeaders : detail.responseHeaders;
  return (
    <section className="body-section">
      <h3>{PART_TITLES[part]}</h3>
      {part === 'request' && detail.overLimit ? (
        <OverLimitNote size={detail.requestSize} />
      ) : (
        <FetchedBody id={detail.id} part={part} contentType={(headers && headerValue(headers, 'content-type')) ?? null} />
      )}
    </section>
  );
}

function OverLimitNote({ size }: { size: number }) {
  const bodyLimit = useApp((state) => state.settings.values?.receiver.bodyLimitBytes);
  return (
    <p className="body-note body-note-error">
      Body over the {bodyLimit ? formatBytes(bodyLimit) : 'size'} limit: answered 413, bytes not kept ({formatBytes(size)}{' '}
      sent).
    </p>
  );
}

function FetchedBody({ id, part, contentType }: { id: number; part: BodyPart; contentType: string | null }) {
  const body = useBody(id, part);
  if (body.status === 'loading') return <p className="body-note">Loading the body…</p>;
  if (body.status === 'error') return <p className="body-note body-note-error">{body.message}</p>;
  if (body.status === 'missing' || body.bytes.length === 0) return <p className="body-note">No body (0 bytes).</p>;
  return <BodyViewer key={`${id}-${part}`} bytes={body.bytes} contentType={contentType} />;
}

function BodyViewer({ bytes, contentType }: { bytes: Uint8Array; contentType: string | null }) {
  const presentation = useMemo(() => presentBody(bytes, contentType), [bytes, contentType]);
  const [view, setView] = useState<BodyViewId>(presentation.defaultView);
  const rendered = useMemo(() => renderView(view, bytes, presentation.text), [view, bytes, presentation.text]);

  return (
    <div className="body-viewer">
      <div className="body-toolbar">
        <Tabs
          label="Body view"
          className="tabs-segmented"
          tabs={presentation.views.map((id) => ({ id, label: VIEW_LABELS[id] }))}
          active={view}
          onChange={setView}
        />
        <span className="body-size" title={`${bytes.length.toLocaleString()} bytes`}>
          {formatBytes(bytes.length)}
          {presentation.text === null && ' · binary'}
        </span>
        <span className="toolbar-spacer" />
        <CopyButton text={presentation.text ?? rendered.value} label="Copy body" />
      </div>
      {rendered.note && <p className={`body-note ${rendered.noteIsError ? 'body-note-error' : ''}`}>{rendered.note}</p>}
      <Suspense fallback={<div className="code-view code-view-loading">Loading the editor…</div>}>
        <CodeView value={rendered.value} language={rendered.language} layout={view === 'hex' ? 'hex' : 'text'} />
      </Suspense>
    </div>
  );
}

interface RenderedView {
  value: string;
  language: 'json' | 'plaintext';
  note?: string;
  noteIsError?: boolean;
}

function renderView(view: BodyViewId, bytes: Uint8Array, text: string | null): RenderedView {
  if (view === 'hex') {
    const truncated = bytes.length > HEX_DUMP_LIMIT_BYTES;
    return {
      value: hexDump(bytes, HEX_DUMP_LIMIT_BYTES),
      language: 'plaintext',
      note: truncated
        ? `Showing the first ${formatBytes(HEX_DUMP_LIMIT_BYTES)} of ${formatBytes(bytes.length)} as hex.`
        : undefined,
    };
  }
  const source = text ?? utf8Lossy(bytes);
  if (view === 'raw') {
    return {
      value: source,
      language: 'plaintext',
      note: text === null ? 'Not valid UTF-8: invalid bytes are shown as �. The Hex view shows them exactly.' : undefined,
    };
  }
  const error = jsonParseError(source);
  if (error) {
    return {
      value: source,
      language: 'plaintext',
      note: `This body is not valid JSON, so it is shown as received. ${error}`,
      noteIsError: true,
    };
  }
  return { value: reindentJson(source), language: 'json' };
}
