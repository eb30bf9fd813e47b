import { useState } from 'react';
import type { SavedFilter } from '@shared/settings';
import { useApp } from '../../store/use-app';

// One empty list, so the selector returns the same value while the settings load.
const NONE: SavedFilter[] = [];

/** Named queries kept in the settings (so every process on the folder has them): pick one, save the current one, delete. */
export function SavedFilters({ query, onUse }: { query: string; onUse: (query: string) => void }) {
  const saved = useApp((state) => state.settings.values?.inbox.savedFilters ?? NONE);
  const saveSettings = useApp((state) => state.settings.saveSettings);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const current = saved.find((f) => f.query === query);

  async function save(): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) return;
    const others = saved.filter((f) => f.name !== trimmed);
    if (await saveSettings({ inbox: { savedFilters: [...others, { name: trimmed, query }] } })) {
      setNaming(false);
      setName('');
    }
  }

  return (
    <div className="saved-filters">
      <select aria-label="Saved filters" value={current?.name ?? ''} onChange={(event) => {
        const picked = saved.find((f) => f.name === event.target.value);
        if (picked) onUse(picked.query);
      }}>
        <option value="">{saved.length ? 'Saved filters' : 'No saved filters'}</option>
        {saved.map((f) => (
          <option key={f.name} value={f.name} title={f.query}>
            {f.name}
          </option>
        ))}
      </select>
      {current ? (
        <button type="button" className="link-button" onClick={() => void saveSettings({ inbox: { savedFilters: saved.filter((f) => f !== current) } })}>
          Forget “{current.name}”
        </button>
      ) : naming ? (
        <form aria-label="Save filter" onSubmit={(event) => { event.preventDefault(); void save(); }}>
          <input aria-label="Filter name" autoFocus value={name} onChange={(event) => setName(event.target.value)} onKeyDown={(event) => event.key === 'Escape' && setNaming(false)} />
          <button type="submit" disabled={!name.trim()}>Save</button>
        </form>
      ) : (
        <button type="button" className="link-button" disabled={!query.trim()} title={query.trim() ? undefined : 'Type a query first'} onClick={() => setNaming(true)}>
          Save filter…
        </button>
      )}
    </div>
  );
}
