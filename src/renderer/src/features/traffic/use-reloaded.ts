import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../../store/describe-error';
import { useApp } from '../../store/use-app';
import { Reloader } from './reloader';

export interface Reloaded<T> {
  value: T | null;
  error: string | null;
  /** Ask again (the chart's next bucket began). */
  reload: () => void;
}

/**
 * The core's answer to `load`, asked afresh whenever deliveries change in the folder, from any process (each
 * announcement brings new counts), through a Reloader; a new `key` starts over at once.
 */
export function useReloaded<T>(load: () => Promise<T>, key: string, action: string): Reloaded<T> {
  const counts = useApp((state) => state.connection.counts);
  const latestLoad = useRef(load);
  const reloader = useRef<Reloader<T> | null>(null);
  const [shown, setShown] = useState<{ key: string; value: T | null; error: string | null }>({ key, value: null, error: null });
  useEffect(() => {
    latestLoad.current = load;
  }, [load]);
  useEffect(() => {
    const current = new Reloader<T>(
      () => latestLoad.current(),
      (loaded) => setShown({ key, value: loaded.value, error: loaded.error === null ? null : describeError(action, loaded.error) }),
    );
    reloader.current = current;
    current.request();
    return () => current.stop();
  }, [key, action]);
  useEffect(() => reloader.current?.request(), [counts]);
  const reload = useCallback(() => reloader.current?.request(), []);
  const current = shown.key === key ? shown : { value: null, error: null };
  return { value: current.value, error: current.error, reload };
}
