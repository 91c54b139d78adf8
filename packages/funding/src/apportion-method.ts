/**
 * Hamilton (largest remainder) and four divisor methods. Divisors for a unit that holds n
 * steps: Webster/Sainte-Laguë n + ½, D'Hondt n + 1, Huntington-Hill √(n(n+1)), Adams n.
 */
export const apportionMethods = [
  'hamilton',
  'webster',
  'dhondt',
  'huntington-hill',
  'adams',
] as const;

export type ApportionMethod = (typeof apportionMethods)[number];

export type DivisorMethod = Exclude<ApportionMethod, 'hamilton'>;

/**
 * Compares the priority weight ÷ divisor(steps) of two units exactly, in integers.
 * Positive when `a` has the higher priority, negative when `b` has, zero on a tie.
 * A divisor of 0 (Adams, Huntington-Hill at n = 0) is an infinite priority.
 */
export function comparePriority(
  method: DivisorMethod,
  a: { readonly weight: bigint; readonly steps: number },
  b: { readonly weight: bigint; readonly steps: number },
): number {
  const na = BigInt(a.steps);
  const nb = BigInt(b.steps);
  let left: bigint;
  let right: bigint;
  switch (method) {
    case 'dhondt':
      left = a.weight * (nb + 1n);
      right = b.weight * (na + 1n);
      break;
    case 'webster':
      left = a.weight * (2n * nb + 1n);
      right = b.weight * (2n * na + 1n);
      break;
    case 'adams':
      if (na === 0n || nb === 0n) return Number(na === 0n) - Number(nb === 0n);
      left = a.weight * nb;
      right = b.weight * na;
      break;
    case 'huntington-hill':
      if (na === 0n || nb === 0n) return Number(na === 0n) - Number(nb === 0n);
      left = a.weight * a.weight * nb * (nb + 1n);
      right = b.weight * b.weight * na * (na + 1n);
      break;
  }
  return left > right ? 1 : left < right ? -1 : 0;
}
