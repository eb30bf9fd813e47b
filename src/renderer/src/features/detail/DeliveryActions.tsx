import { useState } from 'react';
import type { DeliveryDetail } from '@shared/delivery';
import { whyNotResendable } from '@shared/delivery-name';
import { keysLabel, matchesKey } from '@shared/key-map';
import { hasOwnTarget } from '../../store/delivery-actions-slice';
import { useApp } from '../../store/use-app';
import { WarningList } from '../../components/WarningList';
import { useDeliveryShortcuts } from './use-delivery-shortcuts';
import { useReplayWarnings } from './use-replay-warnings';

/** Replay, Replay to…, and Edit and resend, with the choice GitLab's Resend makes about the Idempotency-Key. */
export function DeliveryActions({ detail }: { detail: DeliveryDetail }) {
  const replayTarget = useApp((state) => state.detail.replayTarget);
  const keepIdempotencyKey = useApp((state) => state.detail.keepIdempotencyKey);
  const promptOpen = useApp((state) => state.detail.replayPromptOpen);
  const replaying = useApp((state) => state.detail.replaying);
  const error = useApp((state) => state.detail.actionError);
  const replay = useApp((state) => state.detail.replay);
  const editAndResend = useApp((state) => state.detail.editAndResend);
  const setKeepIdempotencyKey = useApp((state) => state.detail.setKeepIdempotencyKey);
  const setPromptOpen = useApp((state) => state.detail.setReplayPromptOpen);
  const signingToken = useApp((state) => state.compose.draft.signingToken) || null;
  const warnings = useReplayWarnings(detail.id, signingToken, keepIdempotencyKey);
  useDeliveryShortcuts(detail);

  const target = hasOwnTarget(detail) ? detail.url : replayTarget;
  const unsendable = whyNotResendable(detail);
  return (
    <div className="delivery-actions">
      <div className="delivery-actions-row" role="toolbar" aria-label="Actions on this delivery">
        <button
          type="button"
          className="button button-small"
          disabled={replaying || !!unsendable}
          title={unsendable ?? `${target ? `Send it again to ${target}` : 'Say where to send it again'}  (${keysLabel('replay')})`}
          onClick={() => void replay(detail)}
        >
          {replaying ? 'Replaying…' : 'Replay'}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={replaying || !!unsendable}
          aria-expanded={promptOpen}
          onClick={() => setPromptOpen(!promptOpen)}
        >
          Replay to…
        </button>
        <label className="checkbox" title="On, as GitLab's Resend: the receiver can tell it is the same event. Off mints new ones.">
          <input type="checkbox" checked={keepIdempotencyKey} onChange={(event) => setKeepIdempotencyKey(event.target.checked)} />
          Keep Idempotency-Key
        </label>
        <button
          type="button"
          className="button button-small"
          disabled={!!unsendable}
          title={unsendable ?? `Open it in Compose to change and send  (${keysLabel('edit')})`}
          onClick={() => void editAndResend(detail)}
        >
          Edit and resend
        </button>
      </div>
      {unsendable && (
        <p className="body-note" data-testid="not-resendable">
          {unsendable}
        </p>
      )}
      <WarningList warnings={warnings} testId="replay-warnings" />
      {promptOpen && <ReplayToForm key={detail.id} detail={detail} initial={target} />}
      {error && (
        <p className="body-note body-note-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function ReplayToForm({ detail, initial }: { detail: DeliveryDetail; initial: string }) {
  const recentTargets = useApp((state) => state.compose.recentTargets);
  const replaying = useApp((state) => state.detail.replaying);
  const replay = useApp((state) => state.detail.replay);
  const setPromptOpen = useApp((state) => state.detail.setReplayPromptOpen);
  const [url, setUrl] = useState(initial);

  return (
    <form
      className="replay-to"
      aria-label="Replay to another URL"
      onSubmit={(event) => {
        event.preventDefault();
        if (url.trim()) void replay(detail, url);
      }}
      onKeyDown={(event) => {
        if (matchesKey('dismiss', event)) setPromptOpen(false);
      }}
    >
      <input
        type="text"
        name="replayTo"
        aria-label="Replay to URL"
        list="replay-targets"
        placeholder="http://127.0.0.1:8080/webhook"
        title="A URL with a path is used as given; http://host:port alone keeps this delivery's path and query."
        spellCheck={false}
        autoFocus
        value={url}
        onChange={(event) => setUrl(event.target.value)}
      />
      <datalist id="replay-targets">
        {recentTargets.map((recent) => (
          <option key={recent} value={recent} />
        ))}
      </datalist>
      <button type="submit" className="button button-small button-primary" disabled={replaying || !url.trim()}>
        Replay
      </button>
      <button type="button" className="button button-small" onClick={() => setPromptOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
