// Sends ONE decideReallocation; keeps the idempotency key while the same attempt is retried.
import { useRef, useState } from 'react';
import { GraphQLRequestError, type ErrorCode } from '../api/errors';
import type { DecideReallocationInput, Reallocation } from '../api/types';
import { useFinsam } from '../api/useFinsam';
import { keyAfter, newIdempotencyKey, outcomeForCode } from '../lib/idempotency';

export type DecideResult =
  | { ok: true; decision: Reallocation }
  | { ok: false; code: ErrorCode; message: string; field: string | undefined };

export function useDecide() {
  const finsam = useFinsam();
  const key = useRef<string | null>(null);
  const [deciding, setDeciding] = useState(false);

  const decide = async (
    input: Omit<DecideReallocationInput, 'idempotencyKey'>,
  ): Promise<DecideResult> => {
    const idempotencyKey = key.current ?? newIdempotencyKey();
    key.current = idempotencyKey;
    setDeciding(true);
    try {
      const decision = await finsam.decideReallocation({ ...input, idempotencyKey });
      key.current = keyAfter('success', idempotencyKey);
      return { ok: true, decision };
    } catch (error) {
      const code: ErrorCode = error instanceof GraphQLRequestError ? error.code : 'NETWORK';
      key.current = keyAfter(outcomeForCode(code), idempotencyKey);
      const message = error instanceof Error ? error.message : String(error);
      const field =
        error instanceof GraphQLRequestError ? error.errors[0]?.extensions?.field : undefined;
      return { ok: false, code, message, field };
    } finally {
      setDeciding(false);
    }
  };

  return { decide, deciding };
}
