import type { KeyboardEvent } from 'react';
import { keysLabel, matchesKey } from '@shared/key-map';

const PLATFORM = /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';

/** Compose's and Triggers' Send: its form's submit button, with the key that also sends written beside it. */
export function SendButton({ sending, disabled }: { sending: boolean; disabled: boolean }) {
  return (
    <>
      <button type="submit" className="button button-primary" disabled={disabled}>
        {sending ? 'Sending…' : 'Send'}
      </button>
      <kbd className="muted">{keysLabel('send', PLATFORM)}</kbd>
    </>
  );
}

/** The screen's key handler for that key: Send from anywhere on the screen, the payload editor included. */
export function sendOnShortcut(send: () => Promise<void>) {
  return (event: KeyboardEvent) => {
    if (!matchesKey('send', event)) return;
    event.preventDefault();
    void send();
  };
}
