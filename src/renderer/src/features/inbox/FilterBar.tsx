import { useEffect, useRef, useState } from 'react';
import type { Origin, StatusClass } from '@shared/delivery';
import { ORIGIN_LABELS } from '../../components/DeliveryMarks';
import { keysLabel, matchesKey } from '@shared/key-map';
import { isTypingTarget } from '../../components/typing-target';
import { useApp } from '../../store/use-app';

const SEARCH_DEBOUNCE_MS = 200;

const STATUS_TOGGLES: Array<{ id: StatusClass; label: string }> = [
  { id: 'success', label: '2xx' },
  { id: 'failure', label: 'Failed' },
  { id: 'internal-error', label: 'Internal error' },
];

const ORIGIN_TOGGLES: Origin[] = ['captured', 'forwarded', 'replay', 'sample', 'trigger'];

export function FilterBar() {
  const filters = useApp((state) => state.inbox.filters);
  const setSearch = useApp((state) => state.inbox.setSearch);
  const toggleStatusClass = useApp((state) => state.inbox.toggleStatusClass);
  const toggleOrigin = useApp((state) => state.inbox.toggleOrigin);
  const [text, setText] = useState(filters.search);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (text === filters.search) return;
    const timer = setTimeout(() => setSearch(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, filters.search, setSearch]);

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

  return (
    <div className="filter-bar">
      <input
        ref={input}
        type="search"
        className="search-input"
        placeholder={`Search event, path, body  ( ${keysLabel('search')} )`}
        aria-label="Search deliveries"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (matchesKey('clearSearch', event)) setText('');
        }}
      />
      <div className="toggle-group" role="group" aria-label="Status">
        {STATUS_TOGGLES.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            className={`toggle toggle-${id}`}
            aria-pressed={filters.statusClasses.includes(id)}
            onClick={() => toggleStatusClass(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="toggle-group" role="group" aria-label="Origin">
        {ORIGIN_TOGGLES.map((origin) => (
          <button
            key={origin}
            type="button"
            className="toggle"
            aria-pressed={filters.origins.includes(origin)}
            onClick={() => toggleOrigin(origin)}
          >
            {ORIGIN_LABELS[origin]}
          </button>
        ))}
      </div>
    </div>
  );
}
