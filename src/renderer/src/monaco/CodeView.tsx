import Editor from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import type { editor } from 'monaco-editor/editor';
import './setup-monaco';
import { useApp } from '../store/use-app';
import { useResolvedTheme } from '../components/use-resolved-theme';
import { streamIntoModel } from './stream-into-model';

/** Folding ranges are recomputed over the whole text after each edit, on the window's thread. */
const FOLDING_LIMIT_CHARS = 2 * 1024 * 1024;

export interface CodeViewProps {
  value: string;
  language: 'json' | 'plaintext';
  /** Raw text wraps; a hex dump keeps its columns, and its offsets replace line numbers. */
  layout: 'text' | 'hex';
  /** Whether long lines wrap (raw text); a hex dump and indented JSON keep their lines. */
  wrap: boolean;
}

/**
 * A read-only Monaco editor for captured text. Monaco renders text only: nothing captured becomes HTML.
 * The text goes in an edit per frame (data-streaming meanwhile), so a large body never freezes the window.
 */
export function CodeView({ value, language, layout, wrap }: CodeViewProps) {
  const theme = useResolvedTheme(useApp((state) => state.settings.values?.appearance.theme ?? 'system'));
  const [model, setModel] = useState<editor.ITextModel | null>(null);
  const [streaming, setStreaming] = useState(true);

  useEffect(() => {
    if (!model) return;
    setStreaming(true);
    return streamIntoModel(model, value, () => setStreaming(false));
  }, [model, value]);

  return (
    <div className="code-view" data-testid="code-view" data-streaming={streaming ? '' : undefined}>
      <Editor
        defaultValue=""
        onMount={(mounted) => setModel(mounted.getModel())}
        language={language}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        loading={<div className="code-view-loading">Loading the editor…</div>}
        options={{
          readOnly: true,
          domReadOnly: true,
          minimap: { enabled: false },
          folding: value.length <= FOLDING_LIMIT_CHARS,
          showFoldingControls: 'always',
          scrollBeyondLastLine: false,
          wordWrap: wrap && layout === 'text' && language === 'plaintext' ? 'on' : 'off',
          lineNumbers: layout === 'hex' ? 'off' : 'on',
          // Brackets in captured text or a hex dump's ASCII column are data, not code structure.
          bracketPairColorization: { enabled: language === 'json' },
          matchBrackets: language === 'json' ? 'always' : 'never',
          fontSize: 12.5,
          lineNumbersMinChars: 4,
          renderLineHighlight: 'none',
          automaticLayout: true,
          unicodeHighlight: { ambiguousCharacters: false },
        }}
      />
    </div>
  );
}
