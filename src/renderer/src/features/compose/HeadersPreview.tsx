import { useEffect } from 'react';
import { HeaderRows } from '../../components/HeaderRows';
import { WarningList } from '../../components/WarningList';
import { staleTimestampWarning } from '../../store/stale-timestamp';
import { useApp } from '../../store/use-app';
import { useNow } from '../../components/use-now';
import './headers-preview.css';

/** Typing settles before the core is asked again. */
const PREVIEW_DELAY_MS = 250;

/** The ids stay until asked for new ones, so a signed sample can outlive what a receiver accepts. */
function StaleTimestampNote() {
  const timestamp = useApp((state) => (state.compose.draft.signingToken && !state.compose.draft.resendOf ? state.compose.draft.ids.timestamp : null));
  const warning = staleTimestampWarning(timestamp, useNow());
  return warning && (
    <p className="field-error" role="status" data-testid="stale-timestamp">
      {warning}
    </p>
  );
}

/** Masked by the core: these rows are changed through the token fields and the target URL, not here. */
const SECRET_HEADERS = new Set(['x-gitlab-token', 'authorization']);

/** Every header the next Send carries, as the core builds it; GitLab's can be edited into custom headers. */
export function HeadersPreview() {
  const compose = useApp((state) => state.compose.draft);
  const settings = useApp((state) => state.settings.values);
  // X-Gitlab-Instance names the sample context's GitLab URL.
  const sampleContext = useApp((state) => state.compose.sampleContext);
  const preview = useApp((state) => state.compose.headersPreview);
  const error = useApp((state) => state.compose.headersPreviewError);
  const warnings = useApp((state) => state.compose.sendWarnings);
  const refresh = useApp((state) => state.compose.refreshHeadersPreview);
  const override = useApp((state) => state.compose.overrideHeader);
  const newIds = useApp((state) => state.compose.newComposeIds);

  useEffect(() => {
    const timer = setTimeout(() => void refresh(), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [compose, settings, sampleContext, refresh]);

  const custom = new Set(compose.headers.map((row) => row.name.trim().toLowerCase()));
  return (
    <section className="headers-preview" aria-label="Headers that will be sent">
      <div className="headers-preview-title">
        <h4 className="field-label">Headers that will be sent</h4>
        <button
          type="button"
          className="button button-small"
          onClick={newIds}
          title="New Idempotency-Key, webhook-id and UUIDs (and, for a sample, webhook-timestamp), as for a new delivery"
        >
          New ids
        </button>
      </div>
      <StaleTimestampNote />
      {error && (
        <p className="field-error" role="alert" data-testid="headers-preview-error">
          {error}
        </p>
      )}
      <WarningList warnings={warnings} testId="send-warnings" />
      {preview && (
        <HeaderRows
          mode="read-only"
          rows={preview}
          testId="headers-preview"
          // The values shown are the core's, secrets masked: a copy of one would not be what goes.
          copy={false}
          rowAction={(name, value) =>
            custom.has(name.toLowerCase()) ? (
              <span className="muted">{compose.resendOf ? 'kept' : 'custom'}</span>
            ) : SECRET_HEADERS.has(name.toLowerCase()) ? (
              <span className="muted">masked</span>
            ) : (
              <button
                type="button"
                className="button button-small"
                aria-label={`Edit ${name}`}
                title="Send another value: it becomes a custom header that replaces this one"
                onClick={() => override(name, value)}
              >
                Edit
              </button>
            )
          }
        />
      )}
      <p className="field-hint">
        {compose.resendOf
          ? 'The delivery\'s own ids are kept, as GitLab\'s Resend keeps them, until New ids.'
          : 'These ids and webhook-timestamp are the ones sent; Regenerate or New ids makes new ones.'}{' '}
        Host, Content-Length and Connection are added when sending.
      </p>
    </section>
  );
}
