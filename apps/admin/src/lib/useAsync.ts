// Loads something asynchronously when its inputs change; `reload` fetches again.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => Promise<T | undefined>;
}

export function useAsync<T>(
  load: (() => Promise<T>) | null,
  deps: readonly unknown[],
  onLoaded?: (data: T) => void,
): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);
  const loaded = useRef(onLoaded);
  loaded.current = onLoaded;

  // The caller lists the inputs in `deps`.
  const run = useCallback(async (): Promise<T | undefined> => {
    if (!load) return undefined;
    const mine = ++generation.current;
    setLoading(true);
    try {
      const result = await load();
      if (mine === generation.current) {
        setData(result);
        setError(undefined);
        loaded.current?.(result);
      }
      return result;
    } catch (e) {
      if (mine === generation.current) setError(e);
      return undefined;
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, deps);

  useEffect(() => {
    void run();
  }, [run]);

  return { data, error, loading, reload: run };
}
