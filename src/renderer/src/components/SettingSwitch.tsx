import type { ReactNode } from 'react';

/** An on/off setting, drawn as the accent switch with its words. */
export function SettingSwitch({ name, checked, onChange, title, children }: {
  name: string;
  checked: boolean;
  onChange(checked: boolean): void;
  title?: string;
  children: ReactNode;
}) {
  return (
    <label className="switch" title={title}>
      <input type="checkbox" name={name} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span className="switch-track switch-track-accent" aria-hidden="true" />
      {children}
    </label>
  );
}
