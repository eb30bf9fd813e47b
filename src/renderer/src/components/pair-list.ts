import type { Pair } from './HeaderRows';

const mutable = ([name, value]: Pair): [string, string] => [name, value];

/** The editing callbacks of a list of pairs kept as a whole (a preset's variables): each change gives the new list. */
export function pairListEdits(rows: readonly Pair[], onChange: (rows: Array<[string, string]>) => void) {
  return {
    onAdd: () => onChange([...rows.map(mutable), ['', '']]),
    onEdit: (index: number, row: Pair) => onChange(rows.map((old, i) => mutable(i === index ? row : old))),
    onRemove: (index: number) => onChange(rows.filter((_, i) => i !== index).map(mutable)),
  };
}
