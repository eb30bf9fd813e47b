import { Suspense, useMemo, useState } from 'react';
import { retryableLazy } from '../../components/retryable-lazy';
import { checkObjectKind, findGitlabEvent, findGitlabVariant } from '@shared/gitlab-catalogue';
import { gitlabEventSchema } from '@shared/event-schemas/event-schema';
import type { PayloadProblem } from '../../monaco/PayloadEditor';
import { useApp } from '../../store/use-app';
import { ResendBanner } from './ResendBanner';
import { SendAsChoice } from './SendAsChoice';

// Monaco is most of the bundle: Compose loads it when first shown, as the Inbox does.
const PayloadEditor = retryableLazy(() => import('../../monaco/PayloadEditor').then((module) => module.PayloadEditor));

/** Enough to point at what is wrong; Monaco underlines every one of them. */
const PROBLEMS_LISTED = 3;

/** Null when the text is not JSON: Monaco already says why, and there is no object_kind to judge. */
function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function PayloadPanel() {
  const header = useApp((state) => state.compose.draft.event);
  const variantId = useApp((state) => state.compose.draft.variantId);
  const payload = useApp((state) => state.compose.draft.payload);
  const status = useApp((state) => state.compose.composeStatus);
  const binary = useApp((state) => state.compose.draft.bodyIsBinary);
  const contentType = useApp((state) => state.compose.draft.resendOf && state.compose.draft.headers.find((row) => row.name.trim().toLowerCase() === 'content-type')?.value);
  const editCompose = useApp((state) => state.compose.editCompose);
  const generate = useApp((state) => state.compose.generateComposeSample);
  const send = useApp((state) => state.compose.sendCompose);
  const [problems, setProblems] = useState<PayloadProblem[]>([]);

  const event = findGitlabEvent(header);
  const variant = event && variantId ? findGitlabVariant(event, variantId) : undefined;
  const schema = useMemo(
    () => (event ? { id: `${event.id}-${variantId ?? 'any'}`, schema: gitlabEventSchema(event.id, variantId ?? undefined) } : null),
    [event, variantId],
  );
  const objectKindMessage = useMemo(() => checkObjectKind(header, parsedOrNull(payload)), [header, payload]);
  // A resent form or XML body is text of its own kind: not checked as JSON.
  const json = !binary && (contentType === undefined || contentType === null || /json/i.test(contentType));

  return (
    <section className="payload-panel" aria-label="Payload">
      <header className="payload-header">
        <span className="mono">
          X-Gitlab-Event: <strong>{header || '(none)'}</strong>
        </span>
        {variant && <span className="muted">{variant.label}</span>}
        {!event && header && <span className="muted">Not an event Hookbench knows: no schema to check against.</span>}
        <span className="toolbar-spacer" />
        <SendAsChoice />
        <button
          type="button"
          className="button button-small"
          disabled={!event || status !== 'idle'}
          onClick={() => void generate()}
          title="A fresh sample for this event and variant: new SHAs, ids and times"
        >
          Regenerate
        </button>
      </header>
      <ResendBanner />
      <Suspense fallback={<div className="code-view code-view-loading">Loading the editor…</div>}>
        <PayloadEditor
          value={payload}
          onChange={(next) => editCompose({ payload: next })}
          schema={json ? schema : null}
          onProblems={setProblems}
          onSend={() => void send()}
          language={json ? 'json' : 'plaintext'}
          readOnly={binary}
        />
      </Suspense>
      {problems.length > 0 && (
        <ul className="payload-problems" data-testid="payload-problems" aria-label="Problems in the payload">
          {problems.slice(0, PROBLEMS_LISTED).map((problem, index) => (
            <li key={index}>
              Line {problem.line}: {problem.message}
            </li>
          ))}
          {problems.length > PROBLEMS_LISTED && <li>…and {problems.length - PROBLEMS_LISTED} more, underlined above.</li>}
        </ul>
      )}
      {json && objectKindMessage && (
        <p className="payload-object-kind" data-testid="object-kind-check" role="status">
          ⚠ {objectKindMessage}
        </p>
      )}
    </section>
  );
}
