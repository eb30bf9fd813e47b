import { useState } from 'react';
import type { DesktopBridge } from '@shared/desktop';

/** Asks the system's folder dialog; a chosen folder is used at once, a cancelled dialog changes nothing. */
export async function chooseWithDialog(desktop: Pick<DesktopBridge, 'chooseDataFolder'>, use: (folder: string) => void): Promise<void> {
  const folder = await desktop.chooseDataFolder();
  if (folder) use(folder);
}

interface OtherFolderChoiceProps {
  /** The desktop app's bridge: its folder dialog when present; the browser face types the path instead. */
  desktop: Pick<DesktopBridge, 'chooseDataFolder'> | undefined;
  busy: boolean;
  use(folder: string): void;
}

/** "Use another folder": the native folder dialog in the desktop app, a path field in the browser. */
export function OtherFolderChoice({ desktop, busy, use }: OtherFolderChoiceProps) {
  const [folder, setFolder] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (desktop) {
    const choose = () =>
      chooseWithDialog(desktop, use).then(
        () => setProblem(null),
        (error: unknown) => setProblem(`The folder dialog did not open: ${error instanceof Error ? error.message : String(error)}`),
      );
    return (
      <>
        <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
          Use another folder…
        </button>
        {problem && <p className="warning">{problem}</p>}
      </>
    );
  }
  return (
    <form
      className="storage-problem-folder"
      onSubmit={(event) => {
        event.preventDefault();
        use(folder);
      }}
    >
      <label>
        Another folder{' '}
        <input className="mono" value={folder} onChange={(event) => setFolder(event.target.value)} placeholder="/full/path/to/folder" />
      </label>
      <button type="submit" className="button" disabled={busy || folder.trim() === ''}>
        Use this folder
      </button>
    </form>
  );
}
