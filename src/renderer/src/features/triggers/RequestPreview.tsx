import { useState } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { useApp } from '../../store/use-app';
import { WarningList } from '../../components/WarningList';

/** The exact request before it goes: as curl (secrets masked unless revealed), with the known traps spelled out. */
export function RequestPreview() {
  const preview = useApp((state) => state.triggers.triggerPreview);
  const problem = useApp((state) => state.triggers.triggerPreviewProblem);
  const reveal = useApp((state) => state.triggers.triggerReveal);
  const setReveal = useApp((state) => state.triggers.setTriggerReveal);

  return (
    <section className="request-preview" aria-label="Request">
      <header className="request-preview-header">
        <h3>Request</h3>
        <span className="toolbar-spacer" />
        {preview && (
          <>
            <button type="button" className="button button-small" onClick={() => void setReveal(!reveal)}>
              {reveal ? 'Mask secrets' : 'Reveal secrets'}
            </button>
            <CopyButton text={preview.curl} label="Copy as curl" />
          </>
        )}
      </header>
      {problem && <p className="body-note">Not ready to send: {problem}</p>}
      {preview && (
        <>
          <FoldedCurl curl={preview.curl} />
          <WarningList warnings={preview.warnings} />
        </>
      )}
    </section>
  );
}

/** Lines shown when a long request (a Jenkins payload) folds, so the answer stays in view after Send. */
const FOLDED_LINES = 10;

function FoldedCurl({ curl }: { curl: string }) {
  const [unfolded, setUnfolded] = useState(false);
  const lines = curl.split('\n');
  const folds = lines.length > FOLDED_LINES + 2;
  // The last line is the URL, the one line never folded away.
  const shown = folds && !unfolded ? [...lines.slice(0, FOLDED_LINES - 1), '  …', lines[lines.length - 1]].join('\n') : curl;
  return (
    <>
      <pre className="curl-preview mono" data-testid="curl-preview">
        {shown}
      </pre>
      {folds && (
        <button type="button" className="button button-small" onClick={() => setUnfolded(!unfolded)}>
          {unfolded ? 'Fold the request' : `Show the whole request (${lines.length - FOLDED_LINES} more lines)`}
        </button>
      )}
    </>
  );
}
