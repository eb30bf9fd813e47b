/** Inputs that take no typing: a single-key shortcut pressed while one has focus is still a shortcut. */
const KEYLESS_INPUT_TYPES = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True while the user types somewhere: single-key shortcuts (/, R, E) must leave those keys alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !KEYLESS_INPUT_TYPES.has(target.type);
  return target.closest('textarea, select, [contenteditable], .monaco-editor') !== null;
}
