import type { KeyValue } from '@shared/trigger-preset';

/** An editable list of key = value pairs (CI variables, inputs, build parameters); blank rows are the user's to fill. */
export function KeyValueTable({
  legend,
  itemName,
  rows,
  onChange,
}: {
  legend: string;
  /** Names one row in labels: "Variable 2 key". */
  itemName: string;
  rows: KeyValue[];
  onChange: (rows: KeyValue[]) => void;
}) {
  const edit = (index: number, part: 0 | 1, text: string) =>
    onChange(rows.map((row, i) => (i === index ? (part === 0 ? [text, row[1]] : [row[0], text]) : row)));

  return (
    <fieldset className="pairs-fieldset">
      <legend className="field-label">{legend}</legend>
      {rows.length > 0 && (
        <table className="pairs-table">
          <tbody>
            {rows.map((row, index) => (
              // Rows have no identity beyond their place: a removed row shifts the others, values stay with them.
              <tr key={index}>
                <td>
                  <input type="text" aria-label={`${itemName} ${index + 1} key`} placeholder="Key" spellCheck={false}
                    value={row[0]} onChange={(event) => edit(index, 0, event.target.value)} />
                </td>
                <td>
                  <input type="text" aria-label={`${itemName} ${index + 1} value`} placeholder="Value" spellCheck={false}
                    value={row[1]} onChange={(event) => edit(index, 1, event.target.value)} />
                </td>
                <td>
                  <button type="button" className="button button-small" aria-label={`Remove ${itemName.toLowerCase()} ${row[0] || index + 1}`}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button-small" onClick={() => onChange([...rows, ['', '']])}>
        Add {itemName.toLowerCase()}
      </button>
    </fieldset>
  );
}
