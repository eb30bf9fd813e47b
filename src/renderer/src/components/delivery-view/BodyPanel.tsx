import type { BodyPart, DeliveryDetail } from '@shared/delivery';
import { headerValue } from '@shared/headers';
import { CopyButton } from '../CopyButton';
import { LazyCodeView } from '../LazyCodeView';
import { formatBytes } from '../format';
import { Tabs } from '../Tabs';
import { useApp } from '../../store/use-app';
import type { BodyViewId } from './body-presentation';
import { copyText, type RenderedBody } from './body-render';
import { useBody } from './use-body';

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

/**
 * While a body loads the editor stays, empty: creating another for the next delivery would cost its first
 * screenful tens of milliseconds.
 */
const LOADING: RenderedBody = { view: 'raw', views: [], binary: false, rendered: { value: '', language: 'plaintext', wrap: true, note: 'Loading the body…' } };

function FetchedBody({ id, part, contentType }: { id: number; part: BodyPart; contentType: string | null }) {
  const { state, showView } = useBody(id, part, contentType);
  if (state.status === 'loading') return <BodyViewer size={null} complete={false} body={LOADING} onView={showView} />;
  if (state.status === 'error') return <p className="body-note body-note-error">{state.message}</p>;
  if (state.status === 'missing' || state.size === 0) return <p className="body-note">No body (0 bytes).</p>;
  return <BodyViewer size={state.size} complete={state.complete} body={state.body} onView={showView} />;
}

function BodyViewer({ size, complete, body, onView }: { size: number | null; complete: boolean; body: RenderedBody; onView: (view: BodyViewId) => void }) {
  const { rendered } = body;
  return (
    <div className="body-viewer" data-loading={complete ? undefined : ''}>
      <div className="body-toolbar">
        {body.views.length > 0 && (
          <Tabs
            label="Body view"
            className="tabs-segmented"
            tabs={body.views.map((view) => ({ id: view, label: VIEW_LABELS[view] }))}
            active={body.view}
            onChange={onView}
          />
        )}
        {size !== null && (
          <span className="body-size" title={`${size.toLocaleString()} bytes`}>
            {formatBytes(size)}
            {body.binary && ' · binary'}
          </span>
        )}
        <span className="toolbar-spacer" />
        {complete && <CopyButton text={copyText(body)} label="Copy body" />}
      </div>
      {rendered.note && <p className={`body-note ${rendered.noteIsError ? 'body-note-error' : ''}`}>{rendered.note}</p>}
      <LazyCodeView value={rendered.value} language={rendered.language} layout={body.view === 'hex' ? 'hex' : 'text'} wrap={rendered.wrap} />
    </div>
  );
}
