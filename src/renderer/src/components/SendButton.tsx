import { keysLabel } from '@shared/key-map';

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
