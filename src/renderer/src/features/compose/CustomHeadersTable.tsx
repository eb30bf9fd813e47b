import { useApp } from '../../store/use-app';

const HEADER_PARTS = [
  { part: 'name', label: 'Name' },
  { part: 'value', label: 'Value' },
] as const;

/** Headers sent on top of GitLab's, as a GitLab webhook's custom headers are; one named like GitLab's replaces it. */
export function CustomHeadersTable() {
  const rows = useApp((state) => state.compose.headers);
  const add = useApp((state) => state.addCustomHeader);
  const edit = useApp((state) => state.editCustomHeader);
  const remove = useApp((state) => state.removeCustomHeader);
  const resending = useApp((state) => state.compose.resendOf !== null);

  return (
    <fieldset className="pairs-fieldset">
      {/* A resend sends the delivery's own headers, all of them, rather than GitLab's plus custom ones. */}
      <legend className="field-label">{resending ? "The delivery's headers" : 'Custom headers'}</legend>
      {rows.length > 0 && (
        <table className="pairs-table">
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.key}>
                {HEADER_PARTS.map(({ part, label }) => (
                  <td key={part}>
                    <input
                      type="text"
                      aria-label={`Header ${index + 1} ${part}`}
                      placeholder={label}
                      spellCheck={false}
                      value={row[part]}
                      onChange={(event) => edit(row.key, { [part]: event.target.value })}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Remove header ${row.name || index + 1}`}
                    onClick={() => remove(row.key)}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button-small" onClick={() => add()}>
        Add header
      </button>
    </fieldset>
  );
}
