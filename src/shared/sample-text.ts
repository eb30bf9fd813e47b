/** A payload (generated or saved) as the text a user edits and sends: pretty-printed JSON with a final newline. */
export function sampleText(payload: unknown): string {
  return `${JSON.stringify(payload, null, 2)}\n`;
}
