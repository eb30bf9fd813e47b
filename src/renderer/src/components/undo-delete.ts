import { useSyncExternalStore } from 'react';

/** How long Undo shows; the core keeps deleted rows longer (15 s), so a late click still lands. */
export const UNDO_SHOWN_MS = 8000;

export interface PendingUndo {
  ids: number[];
  label: string;
}

let pending: PendingUndo | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function publish(next: PendingUndo | null): void {
  pending = next;
  for (const listener of listeners) listener();
}

/**
 * The last delete's Undo, outside the detail view: the view of a deleted delivery goes away with it,
 * and its Undo must not.
 */
export function offerUndo(next: PendingUndo): void {
  clearTimeout(timer);
  publish(next);
  timer = setTimeout(() => publish(null), UNDO_SHOWN_MS);
}

export function dismissUndo(): void {
  clearTimeout(timer);
  publish(null);
}

export function usePendingUndo(): PendingUndo | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}
