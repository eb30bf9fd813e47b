import type { editor } from 'monaco-editor/editor';

/**
 * One edit per frame, growing while an edit takes under half of FRAME_BUDGET_MS. Never shrinking: part of an
 * edit's cost grows with the lines already in (the editor's line index), whatever its size, so smaller edits
 * would only mean more of them.
 */
const FIRST_CHUNK_CHARS = 64 * 1024;
const MAX_CHUNK_CHARS = 4 * 1024 * 1024;
/** Leaves most of a 60 Hz frame to the editor's own layout and paint, and to the user's clicks. */
const FRAME_BUDGET_MS = 8;
/** Below this the model is compared with the new text, so a body's start already shown is kept, not redrawn. */
const COMPARE_LIMIT_CHARS = 1024 * 1024;

/** Where to cut so that a chunk never ends inside a surrogate pair or between \r and \n. */
function cutAt(text: string, from: number, chunk: number): number {
  let end = Math.min(text.length, from + chunk);
  const last = text.charCodeAt(end - 1);
  if (end < text.length && ((last >= 0xd800 && last <= 0xdbff) || last === 13)) end--;
  return end;
}

function append(model: editor.ITextModel, text: string): void {
  const line = model.getLineCount();
  const column = model.getLineMaxColumn(line);
  model.applyEdits([{ range: { startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column }, text }]);
}

/**
 * Puts `text` in the model a few chunks per animation frame, so a 25 MB body never holds the window in one task.
 * When the model already holds the start of `text` (the first screenful shown while the rest loaded), only
 * the rest is added. Returns a cancel function; `done` runs once the whole text is in.
 */
export function streamIntoModel(model: editor.ITextModel, text: string, done: () => void): () => void {
  const shown = model.getValueLength();
  let at = shown <= COMPARE_LIMIT_CHARS && shown < text.length && text.startsWith(model.getValue()) ? shown : 0;
  let chunk = FIRST_CHUNK_CHARS;
  if (at === 0) {
    at = cutAt(text, 0, chunk);
    model.setValue(text.slice(0, at));
  }
  let frame = 0;
  const step = () => {
    if (at >= text.length) return done();
    const started = performance.now();
    const end = cutAt(text, at, chunk);
    append(model, text.slice(at, end));
    at = end;
    const took = performance.now() - started;
    if (took < FRAME_BUDGET_MS / 2) chunk = Math.min(chunk * 2, MAX_CHUNK_CHARS);
    frame = requestAnimationFrame(step);
  };
  step();
  return () => cancelAnimationFrame(frame);
}
