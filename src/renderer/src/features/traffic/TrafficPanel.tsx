import { useApp } from '../../store/use-app';
import { TargetVerdicts } from './TargetVerdicts';
import { TrafficChart } from './TrafficChart';
import { SPANS, type TrafficSpan } from './traffic-span';
import { useRememberedChoice } from './use-remembered-choice';
import './traffic.css';

const SHOWN = ['shown', 'hidden'] as const;
const SPAN_NAMES = Object.keys(SPANS) as TrafficSpan[];

/** What the inbox shows above its list: GitLab's verdict on the target in view, and the traffic chart (or its Show button). */
export function TrafficPanel() {
  const anyDelivery = useApp((state) => state.connection.counts.total > 0);
  const [shown, setShown] = useRememberedChoice('hookbench.trafficChart', SHOWN, 'shown');
  const [span, setSpan] = useRememberedChoice('hookbench.trafficSpan', SPAN_NAMES, 'hour');
  return (
    <>
      <TargetVerdicts />
      {anyDelivery &&
        (shown === 'shown' ? (
          <TrafficChart span={span} onSpan={setSpan} onHide={() => setShown('hidden')} />
        ) : (
          <button type="button" className="link-button traffic-show" onClick={() => setShown('shown')}>
            Show the traffic chart
          </button>
        ))}
    </>
  );
}
