import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import './setup-monaco';
import { useApp } from '../store/use-app';
import { useResolvedTheme } from '../components/use-resolved-theme';

/** A read-only Monaco diff editor (createDiffEditor) of two texts, side by side. Text only: nothing becomes HTML. */
export function DiffView({ original, modified }: { original: string; modified: string }) {
  const theme = useResolvedTheme(useApp((state) => state.settings.values?.appearance.theme ?? 'system'));
  const models = useRef<Array<{ dispose(): void }>>([]);
  const onMount: DiffOnMount = (editor) => {
    const { original: left, modified: right } = editor.getModel() ?? {};
    models.current = [left, right].filter((model) => model !== undefined);
  };
  // The models outlive the editor (keepCurrent…Model): disposing them first makes Monaco throw
  // "TextModel got disposed before DiffEditorWidget model got reset", so they go once the editor has.
  useEffect(() => () => void setTimeout(() => models.current.forEach((model) => model.dispose())), []);
  return (
    <div className="diff-view" data-testid="diff-view">
      <DiffEditor
        original={original}
        modified={modified}
        language="plaintext"
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        onMount={onMount}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        loading={<div className="code-view-loading">Loading the editor…</div>}
        options={{
          readOnly: true,
          originalEditable: false,
          domReadOnly: true,
          minimap: { enabled: false },
          renderSideBySide: true,
          scrollBeyondLastLine: false,
          fontSize: 12.5,
          automaticLayout: true,
          unicodeHighlight: { ambiguousCharacters: false },
        }}
      />
    </div>
  );
}
