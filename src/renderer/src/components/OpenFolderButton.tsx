import { useState } from 'react';

/**
 * "Open folder" in the file manager: only the desktop app can (its preload offers `desktop`); in the browser face
 * nothing is drawn and "Copy path" beside it is the way.
 */
export function OpenFolderButton({ path }: { path: string }) {
  const desktop = window.hookbench?.desktop;
  const [problem, setProblem] = useState<string | null>(null);
  if (!desktop) return null;

  async function open() {
    try {
      await desktop!.openFolder(path);
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <>
      <button type="button" className="button button-small" onClick={open} title={`Open ${path} in the file manager`}>
        Open folder
      </button>
      {problem && (
        <span className="pane-message-error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
