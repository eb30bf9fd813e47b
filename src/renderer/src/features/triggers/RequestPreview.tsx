import { CopyButton } from '../../components/CopyButton';
import { useApp } from '../../store/use-app';
import { WarningList } from '../../components/WarningList';

/** The exact request before it goes: as curl (secrets masked unless revealed), with the known traps spelled out. */
export function RequestPreview() {
  const preview = useApp((state) => state.triggerPreview);
  const problem = useApp((state) => state.triggerPreviewProblem);
  const reveal = useApp((state) => state.triggerReveal);
  const setReveal = useApp((state) => state.setTriggerReveal);

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
          <pre className="curl-preview mono" data-testid="curl-preview">
            {preview.curl}
          </pre>
          <WarningList warnings={preview.warnings} />
        </>
      )}
    </section>
  );
}
