import { useApp } from '../../store/use-app';
import type { Screen } from '../../store/shell-slice';

const RAIL_ITEMS: Array<{ screen: Screen; label: string; glyph: string }> = [
  { screen: 'inbox', label: 'Inbox', glyph: '⇣' },
  { screen: 'compose', label: 'Compose', glyph: '✎' },
  { screen: 'triggers', label: 'Triggers', glyph: '▶' },
  { screen: 'routes', label: 'Routes', glyph: '⇄' },
  { screen: 'scenarios', label: 'Scenarios', glyph: '↻' },
  { screen: 'checks', label: 'Checks', glyph: '☑' },
  { screen: 'samples', label: 'Samples', glyph: '❏' },
  { screen: 'settings', label: 'Settings', glyph: '⚙' },
];

export function Rail() {
  const screen = useApp((state) => state.shell.screen);
  const showScreen = useApp((state) => state.shell.showScreen);
  return (
    <nav className="rail" aria-label="Screens">
      <div className="rail-logo" aria-hidden="true">
        H
      </div>
      {RAIL_ITEMS.map((item) => (
        <button
          key={item.screen}
          type="button"
          className={item.screen === screen ? 'rail-item rail-item-active' : 'rail-item'}
          aria-current={item.screen === screen ? 'page' : undefined}
          onClick={() => showScreen(item.screen)}
        >
          <span className="rail-glyph" aria-hidden="true">
            {item.glyph}
          </span>
          <span className="rail-label">{item.label}</span>
        </button>
      ))}
    </nav>
  );
}
