import Editor from '@monaco-editor/react';
import './setup-monaco';
import { useApp } from '../store/use-app';
import { useResolvedTheme } from '../components/use-resolved-theme';

export interface CodeViewProps {
  value: string;
  language: 'json' | 'plaintext';
  /** Raw text wraps; a hex dump keeps its columns, and its offsets replace line numbers. */
  layout: 'text' | 'hex';
}

/** A read-only Monaco editor for captured text. Monaco renders text only: nothing captured becomes HTML. */
export function CodeView({ value, language, layout }: CodeViewProps) {
  const theme = useResolvedTheme(useApp((state) => state.settings.values?.appearance.theme ?? 'system'));
  return (
    <div className="code-view" data-testid="code-view">
      <Editor
        value={value}
        language={language}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        loading={<div className="code-view-loading">Loading the editor…</div>}
        options={{
          readOnly: true,
          domReadOnly: true,
          minimap: { enabled: false },
          folding: true,
          showFoldingControls: 'always',
          scrollBeyondLastLine: false,
          wordWrap: layout === 'text' && language === 'plaintext' ? 'on' : 'off',
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
