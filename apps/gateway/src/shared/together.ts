/**
 * Starts every read at once, so their statements are issued together and share one round
 * trip (`TenantTx.query`), and hands each outcome back as a function that returns the value
 * or throws its error. The caller unwraps them in the order it checks them, so which
 * refusal wins (say, a missing project before an invalid window) never depends on which
 * statement happened to answer first.
 */
export async function together<T extends readonly unknown[]>(reads: {
  readonly [K in keyof T]: Promise<T[K]>;
}): Promise<{ readonly [K in keyof T]: () => T[K] }> {
  const settled = await Promise.allSettled(reads as readonly Promise<unknown>[]);
  return settled.map((outcome) => () => {
    if (outcome.status === 'rejected') throw outcome.reason;
    return outcome.value;
  }) as unknown as { readonly [K in keyof T]: () => T[K] };
}
