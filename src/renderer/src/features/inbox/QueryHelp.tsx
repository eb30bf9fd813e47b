import { QUALIFIERS } from '@shared/query/qualifiers';

const EXAMPLES: Array<{ query: string; meaning: string }> = [
  { query: 'merge_request', meaning: 'the text anywhere: path, event, header names and values, body' },
  { query: '/upload', meaning: 'a word starting with / looks in the path only' },
  { query: 'status:failed event:"Push Hook"', meaning: 'failed pushes (terms combine with AND)' },
  { query: 'status:5xx OR verdict:invalid', meaning: 'either group (OR between groups)' },
  { query: 'header:X-Gitlab-Token -origin:replay', meaning: 'has a token header, not a replay (- negates)' },
  { query: 'body:"refs/heads/main" after:2026-12-01', meaning: 'exact body text, received since a day' },
];

/** The search language, with examples a click puts in the search box. */
export function QueryHelp({ onUse, onClose }: { onUse: (query: string) => void; onClose: () => void }) {
  return (
    <div className="query-help" role="dialog" aria-label="Search help" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <p>
        Words match path, event, headers and body (3 characters or more, any case). Quote text with spaces. A short word
        needs a qualifier.
      </p>
      <ul className="query-help-examples">
        {EXAMPLES.map(({ query, meaning }) => (
          <li key={query}>
            <button type="button" className="link-button" onClick={() => onUse(query)}>
              <code>{query}</code>
            </button>{' '}
            {meaning}
          </li>
        ))}
      </ul>
      <table className="query-help-qualifiers">
        <tbody>
          {Object.entries(QUALIFIERS).map(([name, qualifier]) => (
            <tr key={name}>
              <td>
                <code>{qualifier.example}</code>
              </td>
              <td>{qualifier.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
