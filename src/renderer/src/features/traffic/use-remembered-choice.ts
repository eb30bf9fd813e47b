import { useState } from 'react';
import { readStored, writeStored } from '../../store/remembered-targets';

/** A choice of the chart's (shown or hidden, which span) that survives a restart, kept in localStorage. */
export function useRememberedChoice<T extends string>(key: string, choices: readonly T[], fallback: T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => choices.find((choice) => choice === readStored(key)) ?? fallback);
  return [
    value,
    (next) => {
      writeStored(key, next);
      setValue(next);
    },
  ];
}
