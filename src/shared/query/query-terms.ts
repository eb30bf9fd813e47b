/** What a search query means once parsed: pure data, compiled to SQL by the store and read by the UI. */
import type { Origin, Verdict } from '../delivery';

/** A status term: one code, a class (4 for 4xx), or a named state. */
export type StatusMatch =
  | { code: number }
  | { hundreds: number }
  | { state: 'failed' | 'internal-error' | 'pending' | 'success' };

export type SizeOperator = '>' | '>=' | '<' | '<=' | '=';

export type TermMatch =
  /** Free text (a word or a quoted phrase): path, event, header names and values, and body text. */
  | { kind: 'text'; text: string }
  /** `/word` (contains) or `path:` (contains, or a glob when it has `*` or `?`): the path only. */
  | { kind: 'path'; pattern: string; glob: boolean }
  | { kind: 'status'; status: StatusMatch }
  | { kind: 'event'; name: string }
  | { kind: 'method'; name: string }
  /** A request header by name (any case), present or, with a value, containing it. */
  | { kind: 'header'; name: string; value: string | null }
  | { kind: 'body'; text: string }
  | { kind: 'origin'; origin: Origin }
  | { kind: 'verdict'; verdict: Verdict }
  /** The host (and port) an outbound delivery went to. */
  | { kind: 'target'; host: string }
  | { kind: 'size'; operator: SizeOperator; bytes: number }
  /** Received at or after (`after`) or before (`before`) this epoch millisecond. */
  | { kind: 'after' | 'before'; at: number };

export type Term = TermMatch & { negated: boolean };

/** Groups joined by OR, the terms of each by AND. No group is empty. */
export interface ParsedQuery {
  groups: Term[][];
}

/** The shortest text the trigram index can look up. */
export const MIN_TEXT_LENGTH = 3;
