import { useState } from 'react';
import type { CheckCaseResult, CheckComparison, CheckOutcome } from '@shared/check-run';
import { moveInMatrix } from './matrix-keys';
import { answerWords, buildMatrix, caseWords, changeSinceLastRun, inboxLink, type ChangeSinceLastRun } from './check-matrix';

/** The inbox's colours: green passed, red failed, the dashed internal-error chip; grey for what is only reported. */
const OUTCOME_CLASS: Record<CheckOutcome, string> = {
  passed: 'status-success',
  failed: 'status-failure',
  'internal-error': 'status-internal-error',
  reported: 'check-reported',
};

const CHANGE_GLYPH: Record<Exclude<ChangeSinceLastRun, null>, string> = { regressed: '▼', better: '▲' };

function CaseChip({ result, change, onExplain }: { result: CheckCaseResult; change: ChangeSinceLastRun; onExplain(words: string | null): void }) {
  const words = caseWords(result, change);
  const [first, ...resent] = result.deliveryIds;
  const label = `${result.variant && result.kind === 'as-gitlab-sends' ? `${result.variant} ` : ''}${answerWords(result)}`;
  const explain = { onFocus: () => onExplain(words), onMouseEnter: () => onExplain(words), onBlur: () => onExplain(null) };
  const className = `check-chip ${OUTCOME_CLASS[result.outcome]}${change ? ` check-${change}` : ''}`;
  const content = (
    <>
      {change && <span aria-hidden="true">{CHANGE_GLYPH[change]} </span>}
      {label}
    </>
  );
  return (
    <span className="check-case" data-testid="check-case" data-key={result.key} data-outcome={result.outcome} data-change={change ?? undefined}>
      {first === undefined ? (
        // Nothing was stored (it could not be sent): still reachable, so its words can be read.
        <span className={className} tabIndex={0} title={words} aria-label={words} {...explain}>
          {content}
        </span>
      ) : (
        <a className={className} href={inboxLink(first)} title={words} aria-label={`${words} Opens delivery #${first}.`} {...explain}>
          {content}
        </a>
      )}
      {resent.map((id) => (
        <a key={id} className="check-resent" href={inboxLink(id)} title={`The resend, delivery #${id}`} aria-label={`The resend of ${result.title}: delivery #${id}`} {...explain}>
          ↻
        </a>
      ))}
    </span>
  );
}

/** Events down, case kinds across; every case opens the delivery it sent in the Inbox. */
export function CheckMatrix({ cases, comparison }: { cases: readonly CheckCaseResult[]; comparison: CheckComparison | null }) {
  const [explained, setExplained] = useState<string | null>(null);
  const matrix = buildMatrix(cases);
  return (
    <section className="check-matrix" aria-label="Check matrix">
      <div className="check-matrix-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Event</th>
              {matrix.columns.map((column) => (
                <th key={column.kind} scope="col">
                  {column.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody onKeyDown={moveInMatrix}>
            {matrix.rows.map((row) => (
              <tr key={row.event}>
                <th scope="row">{row.event}</th>
                {matrix.columns.map((column) => (
                  <td key={column.kind}>
                    {(row.cells.get(column.kind) ?? []).map((result) => (
                      <CaseChip key={result.key} result={result} change={changeSinceLastRun(comparison, result.key)} onExplain={setExplained} />
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="check-cell-words" role="status" data-testid="check-cell-words">
        {explained ?? 'Point at a case, or move to it with Tab and the arrow keys, to read it here; Enter opens its delivery in the Inbox.'}
      </p>
    </section>
  );
}
