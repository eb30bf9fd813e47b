import type { Locator } from 'playwright-core';

/** The text Monaco renders on screen in the first editor within `scope` (it draws spaces as no-break spaces). */
export function monacoText(scope: Locator): Promise<string> {
  return scope.locator('.monaco-editor .view-lines').first().innerText().then((text) => text.replace(/\u00a0/g, ' '));
}

/**
 * Clicks into the first editor within `scope` and waits until it has the focus. The click goes to its first lines
 * on screen: the centre of Monaco's line layer lies below the editor's visible box once the text is long, over
 * whatever the page shows there.
 */
export async function clickIntoEditor(scope: Locator): Promise<void> {
  const editor = scope.locator('.monaco-editor').first();
  // Past the line numbers, on the first line shown.
  await editor.click({ position: { x: 120, y: 8 } });
  await editor.page().waitForFunction((element) => element?.contains(document.activeElement) ?? false, await editor.elementHandle());
}
