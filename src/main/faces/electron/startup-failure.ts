/**
 * A start-up failure is said, never a process with no window. Problems the window can show (a data folder that is
 * corrupt, read-only or newer) reach it as the store's state; what fails before any window can exist ends here:
 * a native error box with the reason and what to do, then exit 1.
 */
export interface StartupFailureUi {
  showErrorBox(title: string, content: string): void;
  exit(code: number): void;
}

export const STARTUP_FAILURE_TITLE = 'Hookbench could not start';

export function startupFailureText(error: unknown, dataDir: string | null): string {
  const reason = error instanceof Error ? error.message : String(error);
  const folder = dataDir ? `Its data folder is ${dataDir}. ` : '';
  return (
    `${reason}\n\n` +
    `${folder}What to do: check that the folder exists and that you may write to it, or start Hookbench with ` +
    `HOOKBENCH_DATA_DIR set to another folder. \`npx hookbench serve --data-dir <folder>\` opens the same UI in your ` +
    `browser and prints what goes wrong in the terminal.`
  );
}

/** Runs the start-up steps; a throw is shown in a native error box and the process exits 1. */
export async function startOrExplain(start: () => Promise<void>, ui: StartupFailureUi, dataDir: () => string | null): Promise<void> {
  try {
    await start();
  } catch (error) {
    ui.showErrorBox(STARTUP_FAILURE_TITLE, startupFailureText(error, dataDir()));
    ui.exit(1);
  }
}
