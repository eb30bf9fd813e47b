import { useEffect, useRef, useState } from 'react';
import { GITLAB_EVENTS } from '@shared/gitlab-catalogue';
import type { Origin } from '@shared/delivery';
import { completions, hasTerm, replaceTerm } from '@shared/query/complete-query';
import { parseQuery } from '@shared/query/parse-query';
import { ORIGIN_LABELS } from '../../components/DeliveryMarks';
import { keysLabel, matchesKey } from '@shared/key-map';
import { isTypingTarget } from '../../components/typing-target';
import { useApp } from '../../store/use-app';
import { QueryHelp } from './QueryHelp';
import { SavedFilters } from './SavedFilters';

const SEARCH_DEBOUNCE_MS = 200;

const STATUS_TOGGLES: Array<{ term: string; label: string }> = [
  { term: 'status:success', label: '2xx' },
  { term: 'status:failed', label: 'Failed' },
  { term: 'status:"internal error"', label: 'Internal error' },
];

const ORIGIN_TOGGLES: Origin[] = ['captured', 'forwarded', 'replay', 'sample', 'trigger', 'check'];

/** Why the query cannot run, in the parser's words; null when it parses. */
function queryProblem(text: string): string | null {
  try {
    parseQuery(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function FilterBar() {
  const search = useApp((state) => state.inbox.filters.search);
  const setSearch = useApp((state) => state.inbox.setSearch);
  const [text, setText] = useState(search);
  const [focused, setFocused] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const problem = queryProblem(text);
  const offered = focused ? completions(text) : [];

  // The query changed elsewhere (a link, a saved filter): the box shows it.
  useEffect(() => setText(search), [search]);

  useEffect(() => {
    if (text === search || queryProblem(text)) return;
    const timer = setTimeout(() => setSearch(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, search, setSearch]);

  // "/" focuses the search from anywhere except while typing somewhere else.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!matchesKey('search', event) || isTypingTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  /** A toggle, the picker, a completion or an example: the query changes at once. */
  function use(query: string): void {
    setText(query);
    if (!queryProblem(query)) setSearch(query);
  }

  const eventTerm = GITLAB_EVENTS.find((e) => hasTerm(text, `event:"${e.header}"`))?.header ?? '';
  return (
    <div className="filter-bar">
      <div className="search-field">
        <input
          ref={input}
          type="search"
          className="search-input"
          placeholder={`Search: words, status:4xx, event:"Push Hook"…  ( ${keysLabel('search')} )`}
          aria-label="Search deliveries"
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'search-problem' : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onKeyDown={(event) => {
            if (matchesKey('clearSearch', event)) setText('');
            if (event.key === 'Tab' && offered.length && !event.shiftKey) {
              event.preventDefault();
              use(offered[0].query);
            }
          }}
        />
        <button type="button" className="search-help-button" aria-label="Search help" aria-expanded={helpOpen} onClick={() => setHelpOpen(!helpOpen)}>
          ?
        </button>
        {offered.length > 0 && (
          // Pressing an offer keeps the focus in the box (mousedown is cancelled), so it stays open until clicked.
          <ul className="search-completions" role="listbox" aria-label="Completions">
            {offered.map((c) => (
              <li key={c.label} role="option" aria-selected={false} onMouseDown={(event) => event.preventDefault()} onClick={() => use(c.query)}>
                <code>{c.label}</code> <span className="completion-hint">{c.hint}</span>
              </li>
            ))}
          </ul>
        )}
        {helpOpen && (
          <QueryHelp
            onUse={(query) => {
              use(query);
              setHelpOpen(false);
            }}
            onClose={() => setHelpOpen(false)}
          />
        )}
      </div>
      {problem && (
        <p id="search-problem" className="search-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="filter-row">
        <div className="toggle-group" role="group" aria-label="Status">
          {STATUS_TOGGLES.map(({ term, label }) => (
            <button key={term} type="button" className="toggle" aria-pressed={hasTerm(text, term)} onClick={() => use(replaceTerm(text, 'status:', hasTerm(text, term) ? null : term))}>
              {label}
            </button>
          ))}
        </div>
        <div className="toggle-group" role="group" aria-label="Origin">
          {ORIGIN_TOGGLES.map((origin) => {
            const term = `origin:${origin}`;
            return (
              <button key={origin} type="button" className="toggle" aria-pressed={hasTerm(text, term)} onClick={() => use(replaceTerm(text, 'origin:', hasTerm(text, term) ? null : term))}>
                {ORIGIN_LABELS[origin]}
              </button>
            );
          })}
        </div>
        <select aria-label="Event" value={eventTerm} onChange={(event) => use(replaceTerm(text, 'event:', event.target.value ? `event:"${event.target.value}"` : null))}>
          <option value="">Any event</option>
          {GITLAB_EVENTS.map((e) => (
            <option key={e.id} value={e.header}>
              {e.header}
            </option>
          ))}
        </select>
        <SavedFilters query={search} onUse={use} />
      </div>
    </div>
  );
}
