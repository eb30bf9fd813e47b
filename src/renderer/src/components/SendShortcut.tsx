import { keysLabel } from '@shared/key-map';

const PLATFORM = /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';

/** The key that sends from Compose and Triggers, written the way this platform writes it. */
export function SendShortcut() {
  return <kbd className="muted">{keysLabel('send', PLATFORM)}</kbd>;
}
