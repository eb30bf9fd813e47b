import { ComposeScreen } from './features/compose/ComposeScreen';
import { DetailPane } from './features/detail/DetailPane';
import { Inbox } from './features/inbox/Inbox';
import { SamplesScreen } from './features/samples/SamplesScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { TriggersScreen } from './features/triggers/TriggersScreen';
import { Rail } from './features/shell/Rail';
import './features/shell/shell.css';
import { TopBar } from './features/shell/TopBar';
import { StorageProblem } from './features/shell/StorageProblem';
import { useDocumentTheme } from './features/shell/use-document-theme';
import { useWindowTitle } from './features/shell/use-window-title';
import { useApp } from './store/use-app';

export function App() {
  const screen = useApp((state) => state.screen);
  useDocumentTheme();
  useWindowTitle();
  return (
    <div className="app">
      <Rail />
      <div className="main-column">
        <TopBar />
        <StorageProblem />
        <main className="screen">
          {screen === 'inbox' && <Inbox detail={<DetailPane />} />}
          {screen === 'compose' && <ComposeScreen />}
          {screen === 'samples' && <SamplesScreen />}
          {screen === 'settings' && <SettingsScreen />}
          {screen === 'triggers' && <TriggersScreen />}
        </main>
      </div>
    </div>
  );
}
