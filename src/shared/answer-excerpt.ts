/** The readable part of an answer body, short enough for one line of an explanation. */
const LIMIT = 300;

function tagsRemoved(text: string): string {
  // Jenkins answers errors as HTML pages; their words are what matters here, never their markup.
  return text.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
}

export function answerExcerpt(bodyText: string): string {
  const words = tagsRemoved(bodyText).replace(/\s+/g, ' ').trim();
  return words.length > LIMIT ? `${words.slice(0, LIMIT)}…` : words;
}

export function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Every string in a JSON value, depth first: GitLab nests its messages (`{"message":{"base":[…]}}`). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

export function isWebLink(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\//i.test(value);
}
