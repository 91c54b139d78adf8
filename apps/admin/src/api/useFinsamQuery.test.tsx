import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useFinsamQuery } from './useFinsamQuery';

afterEach(cleanup);

function wrapperWith(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

describe('useFinsamQuery', () => {
  it('loads once for every component asking the same, and again on reload', async () => {
    let calls = 0;
    const loaded: number[] = [];
    const load = () => Promise.resolve({ n: ++calls });
    const wrapper = wrapperWith(new QueryClient());
    const { result } = renderHook(
      () => {
        const a = useFinsamQuery(['thing', 1], load, { onLoaded: (d) => loaded.push(d.n) });
        const b = useFinsamQuery(['thing', 1], load);
        return { a, b };
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current.a.data).toEqual({ n: 1 }));
    expect(result.current.b.data).toEqual({ n: 1 });
    expect(calls).toBe(1);
    await act(async () => {
      await expect(result.current.a.reload()).resolves.toEqual({ n: 2 });
    });
    await waitFor(() => expect(loaded).toEqual([1, 2]));
  });

  it('asks nothing while there is nothing to ask', async () => {
    const { result } = renderHook(() => useFinsamQuery(['none'], null), {
      wrapper: wrapperWith(new QueryClient()),
    });
    await expect(result.current.reload()).resolves.toBeUndefined();
    expect({ data: result.current.data, loading: result.current.loading }).toEqual({
      data: undefined,
      loading: false,
    });
  });

  it('shows a failure at once, without retrying, and no error while loads succeed', async () => {
    let calls = 0;
    const failure = new Error('FORBIDDEN');
    const { result } = renderHook(
      () =>
        useFinsamQuery(['refused'], () => {
          calls += 1;
          return Promise.reject(failure);
        }),
      { wrapper: wrapperWith(new QueryClient()) },
    );
    expect(result.current.error).toBeUndefined();
    await waitFor(() => expect(result.current.error).toBe(failure));
    expect(calls).toBe(1);
  });

  it("keeps the previous key's answer on screen while the next loads", async () => {
    const pending: ((v: string) => void)[] = [];
    const { result, rerender } = renderHook(
      ({ day }: { day: string }) =>
        useFinsamQuery(['day', day], () => new Promise<string>((r) => pending.push(r))),
      { wrapper: wrapperWith(new QueryClient()), initialProps: { day: 'mon' } },
    );
    await waitFor(() => expect(pending).toHaveLength(1));
    act(() => pending[0]?.('monday'));
    await waitFor(() => expect(result.current.data).toBe('monday'));
    rerender({ day: 'tue' });
    await waitFor(() => expect(pending).toHaveLength(2));
    const { data, loading, stale } = result.current;
    expect({ data, loading, stale }).toEqual({ data: 'monday', loading: true, stale: true });
    act(() => pending[1]?.('tuesday'));
    await waitFor(() => expect(result.current.data).toBe('tuesday'));
    expect(result.current.stale).toBe(false);
  });
});
