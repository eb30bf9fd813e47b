const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** The key that sends from Compose and Triggers, written the way this platform writes it. */
export function SendShortcut() {
  return <kbd className="muted">{IS_MAC ? '⌘' : 'Ctrl'}+Enter</kbd>;
}
