// Loads a named operation through react-admin's QueryClient (TanStack Query): answers are
// cached by operation and arguments for the session (react-admin clears the cache on logout)
// and shared by every component asking the same.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

export interface FinsamQuery<T> {
  data: T | undefined;
  /** The last failure, undefined while the last load succeeded. */
  error: unknown;
  loading: boolean;
  /** `data` is the previous key's answer, kept on screen while this key loads. */
  stale: boolean;
  /** Loads again (after a write); the fresh answer, or undefined when nothing is asked. */
  reload: () => Promise<T | undefined>;
}

export interface FinsamQueryOptions<T> {
  /** Called with every answer the server sends (not with the previous key's, kept on screen). */
  onLoaded?: (data: T) => void;
  /** Reference data: loaded once and kept until the session ends (default: asked again on mount). */
  forTheSession?: boolean;
}

/**
 * `key` names the operation and its arguments; `load` is null while there is nothing to ask
 * (no project chosen yet). While the next key loads the previous answer stays on screen, and
 * a failure is shown at once (the gateway's codes say what went wrong; retrying does not help).
 */
export function useFinsamQuery<T>(
  key: readonly unknown[],
  load: (() => Promise<T>) | null,
  options: FinsamQueryOptions<T> = {},
): FinsamQuery<T> {
  const query = useQuery({
    queryKey: ['finsam', ...key],
    queryFn: () => (load ? load() : Promise.reject(new Error('Nothing to load'))),
    enabled: load !== null,
    placeholderData: keepPreviousData,
    retry: false,
    refetchOnWindowFocus: false,
    staleTime: options.forTheSession ? Infinity : 0,
    ...(options.forTheSession ? { gcTime: Infinity } : {}),
  });
  const onLoaded = useRef(options.onLoaded);
  onLoaded.current = options.onLoaded;
  const { data, dataUpdatedAt, isPlaceholderData } = query;
  useEffect(() => {
    if (data !== undefined && !isPlaceholderData && dataUpdatedAt > 0) onLoaded.current?.(data);
    // Every answer from the server, even one equal to the last: dataUpdatedAt changes.
  }, [dataUpdatedAt]);
  return {
    data,
    error: query.error ?? undefined,
    loading: query.isFetching,
    stale: isPlaceholderData,
    reload: async () => (load ? (await query.refetch()).data : undefined),
  };
}
