import { useEffect, useState } from 'react';
import { JenkinsVerdictNote } from '../../components/JenkinsVerdictNote';
import { ResultPanel } from '../../components/ResultPanel';
import { useShortcut } from '../../components/use-shortcut';
import { useApp } from '../../store/use-app';
import { EventPicker } from './EventPicker';
import { PayloadPanel } from './PayloadPanel';
import { SampleContextCard } from './SampleContextCard';
import { SaveAsSample } from './SaveAsSample';
import { TargetForm } from './TargetForm';

/** Pick what GitLab would send, change it, fire it at the receiver under development, see the answer. */
export function ComposeScreen() {
  const empty = useApp((state) => state.compose.draft.payload === '');
  const generate = useApp((state) => state.compose.generateComposeSample);
  const send = useApp((state) => state.compose.sendCompose);
  const sent = useApp((state) => state.compose.lastSent);
  const error = useApp((state) => state.compose.composeError);

  // The first visit starts from a sample rather than an empty editor; an editor emptied later stays empty.
  const [startedEmpty] = useState(empty);
  useEffect(() => {
    if (startedEmpty) void generate();
  }, [startedEmpty, generate]);
  // From anywhere on the screen: a field, the payload editor, or the answer's text just clicked (which takes no focus).
  useShortcut('send', send, { inFields: true });

  return (
    <div className="compose-screen">
      <aside className="compose-column compose-left">
        <EventPicker />
        <SampleContextCard />
      </aside>
      <div className="compose-column compose-centre">
        <SaveAsSample />
        <PayloadPanel />
        <ResultPanel testId="send-result" sent={sent} error={error} explanation={sent && <JenkinsVerdictNote delivery={sent} />} />
      </div>
      <aside className="compose-column compose-right">
        <TargetForm />
      </aside>
    </div>
  );
}
