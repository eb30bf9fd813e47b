import type { Key, ReactNode } from 'react';
import { CopyButton } from './CopyButton';
import './header-rows.css';

/** A name and its value: a header, a CI variable, a build parameter. */
export type Pair = readonly [name: string, value: string];

interface ReadOnlyProps {
  mode: 'read-only';
  rows: readonly Pair[];
  /** Heads the table with its count and Copy all; without one the table stands in its caller's own section. */
  title?: string;
  /** Copy buttons on the values: off where a value shown is not the one that goes (a masked token). */
  copy?: boolean;
  /** A last cell per row, for what can be done with that row. */
  rowAction?: (name: string, value: string) => ReactNode;
  testId?: string;
}

interface EditableProps {
  mode: 'editable';
  legend: ReactNode;
  /** Names one row in labels: "Header 2 name", "Remove variable DEPLOY_TO", "Add parameter". */
  itemName: string;
  /** What the first cell holds: a header's name, a variable's key. */
  nameWord: 'name' | 'key';
  rows: readonly Pair[];
  /** The rows' identities where they have them; without, a row is its place and a removal shifts the rest. */
  rowKeys?: readonly Key[];
  onAdd(): void;
  onEdit(index: number, row: Pair): void;
  onRemove(index: number): void;
}

/** Name–value rows: headers exactly as they crossed the wire (original order and case, duplicates on their own rows), or pairs to edit. */
export function HeaderRows(props: ReadOnlyProps | EditableProps) {
  return props.mode === 'editable' ? <EditableRows {...props} /> : <ReadOnlyRows {...props} />;
}

function ReadOnlyRows({ rows, title, copy = true, rowAction, testId = 'headers-table' }: ReadOnlyProps) {
  const table = (
    <table className="headers-table" data-testid={testId}>
      <tbody>
        {rows.map(([name, value], index) => (
          <tr key={index}>
            <th scope="row">{name}</th>
            <td>
              <span className="header-value">{value}</span>
              {copy && (
                <span className="row-action">
                  <CopyButton text={value} title={`Copy the value of ${name}`} />
                </span>
              )}
            </td>
            {rowAction && <td className="header-row-action">{rowAction(name, value)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (title === undefined) return table;
  const all = rows.map(([name, value]) => `${name}: ${value}`).join('\n');
  return (
    <section className="headers-section">
      <header className="section-header">
        <h3>
          {title} <span className="muted">({rows.length})</span>
        </h3>
        {rows.length > 0 && copy && <CopyButton text={all} label="Copy all" title={`Copy all ${title.toLowerCase()}`} />}
      </header>
      {rows.length === 0 ? <p className="muted">No headers.</p> : table}
    </section>
  );
}

function EditableRows({ legend, itemName, nameWord, rows, rowKeys, onAdd, onEdit, onRemove }: EditableProps) {
  const item = itemName.toLowerCase();
  const cells = [
    { part: nameWord, placeholder: nameWord === 'name' ? 'Name' : 'Key' },
    { part: 'value', placeholder: 'Value' },
  ] as const;
  return (
    <fieldset className="pairs-fieldset">
      <legend className="field-label">{legend}</legend>
      {rows.length > 0 && (
        <table className="pairs-table">
          <tbody>
            {rows.map((row, index) => (
              <tr key={rowKeys?.[index] ?? index}>
                {cells.map(({ part, placeholder }, cell) => (
                  <td key={part}>
                    <input
                      type="text"
                      aria-label={`${itemName} ${index + 1} ${part}`}
                      placeholder={placeholder}
                      spellCheck={false}
                      value={row[cell]}
                      onChange={(event) => onEdit(index, cell === 0 ? [event.target.value, row[1]] : [row[0], event.target.value])}
                    />
                  </td>
                ))}
                <td>
                  <button type="button" className="button button-small" aria-label={`Remove ${item} ${row[0] || index + 1}`} onClick={() => onRemove(index)}>
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button-small" onClick={onAdd}>
        Add {item}
      </button>
    </fieldset>
  );
}
