import type { ReactNode } from 'react';
import { matchesKey } from '@shared/key-map';
import { SelectionBar } from './features/bulk/SelectionBar';
import { ChecksScreen } from './features/checks/ChecksScreen';
import { ComposeScreen } from './features/compose/ComposeScreen';
import { DetailPane } from './features/detail/DetailPane';
import { Inbox } from './features/inbox/Inbox';
import { SamplesScreen } from './features/samples/SamplesScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { TriggersScreen } from './features/triggers/TriggersScreen';
import { RoutesScreen } from './features/routes/RoutesScreen';
import { TrafficPanel } from './features/traffic/TrafficPanel';
import { ScenariosScreen } from './features/scenarios/ScenariosScreen';
import { useScenariosUrl } from './features/scenarios/use-scenarios-url';
import { Rail } from './features/shell/Rail';
import { ScreenBoundary } from './features/shell/ScreenBoundary';
import './features/shell/shell.css';
import { TopBar } from './features/shell/TopBar';
import { StorageProblem } from './features/shell/StorageProblem';
import { useDesktopLinks } from './features/shell/use-desktop-links';
import { useDocumentTheme } from './features/shell/use-document-theme';
import { useScreenUrl } from './features/shell/use-screen-url';
import { useWindowTitle } from './features/shell/use-window-title';
import { whyCoreUnavailable } from './store/connection-slice';
import { useApp } from './store/use-app';
import type { Screen } from './store/shell-slice';

const SCREENS: Record<Screen, { name: string; render: () => ReactNode }> = {
  inbox: { name: 'Inbox', render: () => <Inbox detail={<DetailPane />} aboveList={<TrafficPanel />} bulk={<SelectionBar />} /> },
  compose: { name: 'Compose', render: () => <ComposeScreen /> },
  samples: { name: 'Samples', render: () => <SamplesScreen /> },
  settings: { name: 'Settings', render: () => <SettingsScreen /> },
  triggers: { name: 'Triggers', render: () => <TriggersScreen /> },
  routes: { name: 'Routes', render: () => <RoutesScreen /> },
  scenarios: { name: 'Scenarios', render: () => <ScenariosScreen /> },
  checks: { name: 'Checks', render: () => <ChecksScreen /> },
};

export function App() {
  const screen = useApp((state) => state.shell.screen);
  const unavailable = useApp((state) => whyCoreUnavailable(state.connection.link));
  useDocumentTheme();
  useWindowTitle();
  useScenariosUrl();
  useDesktopLinks();
  useScreenUrl();
  const shown = SCREENS[screen];
  return (
    <div className="app">
      <Rail />
      <div className="main-column">
        <TopBar />
        <StorageProblem />
        {unavailable && (
          <p className="connection-banner" role="status" data-testid="connection-banner">
            {unavailable} Actions that need Hookbench are disabled until then.
          </p>
        )}
        <main className="screen">
          {/* One switch for every button and field of the screen: none of them can work without the core. */}
          <fieldset
            className="screen-controls"
            disabled={unavailable !== null}
            title={unavailable ?? undefined}
            // Ctrl/Cmd+Enter sends from Compose and Triggers: like their disabled Send buttons, it waits for the core.
            onKeyDownCapture={(event) => {
              if (unavailable && matchesKey('send', event)) event.stopPropagation();
            }}
          >
            <ScreenBoundary key={screen} name={shown.name} online={unavailable === null}>
              {shown.render()}
            </ScreenBoundary>
          </fieldset>
        </main>
      </div>
    </div>
  );
}
