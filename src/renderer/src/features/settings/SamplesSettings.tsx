import { useState, type FormEvent } from 'react';
import type { Settings } from '@shared/settings';
import { Field } from '../../components/Field';
import { useApp } from '../../store/use-app';
import { SaveRow, useSaveStatus } from './SaveRow';

/** Where saved samples and trigger presets live; a folder kept in git works from a terminal and CI too. */
export function SamplesSettings({ settings }: { settings: Settings }) {
  const saveSettings = useApp((state) => state.settings.saveSettings);
  const dataDir = useApp((state) => state.connection.storage?.dataDir ?? null);
  const [folder, setFolder] = useState(settings.samples.folder);
  const [saveStatus, setSaveStatus] = useSaveStatus();

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaveStatus(await saveSettings({ samples: { folder: folder.trim() } }));
  }

  const fallback = dataDir ? `samples in the data folder (${dataDir})` : 'samples in the data folder';
  return (
    <form className="settings-section" onSubmit={save} aria-label="Samples settings">
      <h2>Samples</h2>
      <Field label="Samples folder" hint={`One JSON file per sample; presets in its triggers folder. Empty uses ${fallback}.`}>
        <input value={folder} onChange={(event) => setFolder(event.target.value)} spellCheck={false} name="samplesFolder" placeholder="samples in the data folder" />
      </Field>
      <SaveRow label="Save samples settings" status={saveStatus} />
    </form>
  );
}
