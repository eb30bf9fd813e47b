import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { JenkinsVerdictNote } from '../../components/JenkinsVerdictNote';
import { ResultPanel } from '../../components/ResultPanel';
import { TriggerExplanationNote } from '../../components/TriggerExplanationNote';
import { useShortcut } from '../../components/use-shortcut';
import { useApp } from '../../store/use-app';
import { PresetForm } from './PresetForm';
import { PresetList } from './PresetList';
import { RequestPreview } from './RequestPreview';
import './triggers.css';

/** Typing settles before the preview is rebuilt, so each keystroke does not cross to the core. */
const PREVIEW_SETTLE_MS = 150;

/** What came back, explained in words, with the pipeline or queue item to open; brought into view after Send. */
function TriggerAnswer() {
  const { triggerResult: result, triggerError: error, triggerNotice: notice } = useApp(
    useShallow(({ triggers: { triggerResult, triggerError, triggerNotice } }) => ({ triggerResult, triggerError, triggerNotice })),
  );
  return (
    <ResultPanel
      testId="trigger-result"
      sent={result?.detail ?? null}
      error={error}
      notice={notice}
      explanation={
        result && (
          <>
            <TriggerExplanationNote explanation={result.explanation} />
            {result.detail && <JenkinsVerdictNote delivery={result.detail} />}
          </>
        )
      }
      revealOnResult
    />
  );
}

/** Fire GitLab pipeline triggers and Jenkins builds, see exactly what went over the wire and why it failed. */
export function TriggersScreen() {
  const load = useApp((state) => state.triggers.loadTriggerPresets);
  const draft = useApp((state) => state.triggers.triggerDraft);
  const secrets = useApp((state) => state.triggers.triggerSecrets);
  const preview = useApp((state) => state.triggers.previewTriggerDraft);
  const send = useApp((state) => state.triggers.sendTriggerDraft);
  const storageNote = useApp((state) => state.settings.secrets?.message ?? null);
  useShortcut('send', send, { inFields: true });

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => void preview(), PREVIEW_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [draft, secrets, preview]);

  return (
    <div className="triggers-screen">
      <PresetList />
      <div className="trigger-editor">
        {storageNote && <p className="body-note">{storageNote}</p>}
        {draft ? (
          <>
            <PresetForm preset={draft} />
            <RequestPreview />
            <TriggerAnswer />
          </>
        ) : (
          <div className="screen-intro">
            <h2>Triggers</h2>
            <p>
              Fire a GitLab pipeline trigger, feed a Jenkins job through the GitLab plugin, or start a Jenkins build
              remotely. Pick a preset on the left or start a new one; the request is shown as curl before it goes.
            </p>
            <p className="muted">
              Try it locally first: run with a mock trigger token and point a GitLab preset at this receiver's URL.
            </p>
            <TriggerAnswer />
          </div>
        )}
      </div>
    </div>
  );
}
