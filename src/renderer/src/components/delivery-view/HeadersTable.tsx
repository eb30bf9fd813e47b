import type { RawHeaders } from '@shared/delivery';
import { CopyButton } from '../CopyButton';

/** Headers exactly as they crossed the wire: original order and case, duplicates on their own rows. */
export function HeadersTable({ headers, title }: { headers: RawHeaders; title: string }) {
  const all = headers.map(([name, value]) => `${name}: ${value}`).join('\n');
  return (
    <section className="headers-section">
      <header className="section-header">
        <h3>
          {title} <span className="muted">({headers.length})</span>
        </h3>
        {headers.length > 0 && <CopyButton text={all} label="Copy all" title={`Copy all ${title.toLowerCase()}`} />}
      </header>
      {headers.length === 0 ? (
        <p className="muted">No headers.</p>
      ) : (
        <table className="headers-table" data-testid="headers-table">
          <tbody>
            {headers.map(([name, value], index) => (
              <tr key={index}>
                <th scope="row">{name}</th>
                <td>
                  <span className="header-value">{value}</span>
                  <span className="row-action">
                    <CopyButton text={value} title={`Copy the value of ${name}`} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
