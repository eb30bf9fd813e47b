import { useEffect } from 'react';
import { useApp } from '../../store/use-app';

export function readRunId(hash: string): number | null {
  const match = /^#\/checks\?(.*)$/.exec(hash);
  const id = Number(new URLSearchParams(match?.[1] ?? '').get('run'));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** `#/checks?run=12` opens run 12, and the URL follows the run on screen, so a run can be linked and reloaded. */
export function useChecksUrl(): void {
  const shownId = useApp((state) => state.checks.shownRun?.id ?? null);
  const open = useApp((state) => state.checks.openCheckRun);

  useEffect(() => {
    function follow(): void {
      const id = readRunId(window.location.hash);
      if (id !== null) void open(id);
    }
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [open]);

  useEffect(() => {
    const hash = shownId === null ? '#/checks' : `#/checks?run=${shownId}`;
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  }, [shownId]);
}
