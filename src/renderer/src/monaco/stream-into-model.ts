import type { editor } from 'monaco-editor/editor';

/** Text added to the editor per frame: big enough to fill 25 MB in a few seconds, small enough for a frame. */
export const STREAM_CHUNK_CHARS = 256 * 1024;
/** Below this the model is compared with the new text, so a body's start already shown is kept, not redrawn. */
const COMPARE_LIMIT_CHARS = 1024 * 1024;

/** Where to cut so that a chunk never ends inside a surrogate pair or between \r and \n. */
function cutAt(text: string, from: number): number {
  let end = Math.min(text.length, from + STREAM_CHUNK_CHARS);
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
 * Puts `text` in the model a chunk per animation frame, so a 25 MB body never holds the window in one task.
 * When the model already holds the start of `text` (the first screenful shown while the rest loaded), only
 * the rest is added. Returns a cancel function; `done` runs once the whole text is in.
 */
export function streamIntoModel(model: editor.ITextModel, text: string, done: () => void): () => void {
  const shown = model.getValueLength();
  let at = shown <= COMPARE_LIMIT_CHARS && shown < text.length && text.startsWith(model.getValue()) ? shown : 0;
  if (at === 0) {
    at = cutAt(text, 0);
    model.setValue(text.slice(0, at));
  }
  let frame = 0;
  const step = () => {
    if (at >= text.length) return done();
    const end = cutAt(text, at);
    append(model, text.slice(at, end));
    at = end;
    frame = requestAnimationFrame(step);
  };
  step();
  return () => cancelAnimationFrame(frame);
}
