/**
 * Monaco bundled with the app, nothing from a CDN: the editor core, its features and the JSON
 * language only (the full `monaco-editor` entry bundles every language, about three times the size).
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/language/json/monaco.contribution';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

// Without this, @monaco-editor/react fetches Monaco from jsdelivr.
loader.config({ monaco });
