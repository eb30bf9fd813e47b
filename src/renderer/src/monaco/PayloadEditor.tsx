import Editor, { type OnMount } from '@monaco-editor/react';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import { useEffect, useRef } from 'react';
import { useResolvedTheme } from '../components/use-resolved-theme';
import { useApp } from '../store/use-app';
import './setup-monaco';

/** The schema below applies to this model only, not to the read-only bodies in the Inbox. */
const PAYLOAD_MODEL_URI = 'inmemory://hookbench/compose/payload.json';

export interface PayloadProblem {
  line: number;
  message: string;
}

export interface PayloadEditorProps {
  value: string;
  onChange(value: string): void;
  /** The JSON schema to validate and complete against; null when the event is not one Hookbench knows. */
  schema: { id: string; schema: object } | null;
  onProblems(problems: PayloadProblem[]): void;
  /** Ctrl/Cmd+Enter, which Monaco would otherwise take for "insert line below". */
  onSend(): void;
  /** JSON unless the body is another kind of text (a resent form, XML…), which is then not checked as JSON. */
  language?: 'json' | 'plaintext';
  readOnly?: boolean;
}

/** The editable payload in Compose: JSON with the event's schema, errors underlined and listed. */
export function PayloadEditor({ value, onChange, schema, onProblems, onSend, language = 'json', readOnly = false }: PayloadEditorProps) {
  const theme = useResolvedTheme(useApp((state) => state.settings.values?.appearance.theme ?? 'system'));
  const sendRef = useRef(onSend);
  sendRef.current = onSend;

  useEffect(() => {
    jsonDefaults.setDiagnosticsOptions({
      validate: true,
      allowComments: false,
      // GitLab would never send a payload that breaks its schema: underline it as an error, not a hint.
      schemaValidation: 'error',
      // Schemas come from Hookbench itself; nothing is fetched from the network.
      enableSchemaRequest: false,
      schemas: schema
        ? [{ uri: `hookbench://schemas/${encodeURIComponent(schema.id)}.json`, fileMatch: [PAYLOAD_MODEL_URI], schema: schema.schema }]
        : [],
    });
  }, [schema]);

  const onMount: OnMount = (editor, monaco) => {
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => sendRef.current());
  };

  return (
    <div className="code-view payload-editor" data-testid="payload-editor">
      <Editor
        path={PAYLOAD_MODEL_URI}
        value={value}
        language={language}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        loading={<div className="code-view-loading">Loading the editor…</div>}
        onChange={(next) => onChange(next ?? '')}
        onMount={onMount}
        onValidate={(markers) => onProblems(markers.map((marker) => ({ line: marker.startLineNumber, message: marker.message })))}
        options={{
          minimap: { enabled: false },
          folding: true,
          scrollBeyondLastLine: false,
          fontSize: 12.5,
          lineNumbersMinChars: 4,
          tabSize: 2,
          automaticLayout: true,
          fixedOverflowWidgets: true,
          readOnly,
        }}
      />
    </div>
  );
}
