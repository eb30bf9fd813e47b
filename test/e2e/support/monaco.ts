import type { Locator } from 'playwright-core';

/** The text Monaco renders on screen in the first editor within `scope` (it draws spaces as no-break spaces). */
export function monacoText(scope: Locator): Promise<string> {
  return scope.locator('.monaco-editor .view-lines').first().innerText().then((text) => text.replace(/\u00a0/g, ' '));
}
