import { CopyButton } from './CopyButton';
import { OpenFolderButton } from './OpenFolderButton';

/** A folder Hookbench reads files from, to copy or (in the desktop app) open. */
export function FolderLine({ folder, testId }: { folder: string; testId: string }) {
  return (
    <div className="copy-line" data-testid={testId}>
      <code className="mono">{folder}</code>
      <CopyButton text={folder} label="Copy path" />
      <OpenFolderButton path={folder} />
    </div>
  );
}
