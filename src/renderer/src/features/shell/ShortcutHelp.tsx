import { useEffect, useState } from 'react';
import { keysLabel, matchesKey, shortcutList } from '@shared/key-map';
import { isTypingTarget } from '../../components/typing-target';

/** `?` (or the top bar's button) opens the key map as a list; Esc or the button closes it. */
export function ShortcutHelp() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTypingTarget(event.target)) return;
      if (matchesKey('help', event)) {
        event.preventDefault();
        setOpen((shown) => !shown);
      } else if (matchesKey('dismiss', event)) {
        setOpen(false);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className="button button-small shortcut-help-button"
        onClick={() => setOpen(!open)}
        title={`Keyboard shortcuts (${keysLabel('help')})`}
        aria-label="Keyboard shortcuts"
        aria-expanded={open}
      >
        ?
      </button>
      {open && (
        <div className="shortcut-help" role="dialog" aria-label="Keyboard shortcuts">
          <h2>Keyboard shortcuts</h2>
          <table>
            <tbody>
              {shortcutList().map(({ keys, action }) => (
                <tr key={keys + action}>
                  <td>
                    <kbd>{keys}</kbd>
                  </td>
                  <td>{action}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      )}
    </>
  );
}
