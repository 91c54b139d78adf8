// Apportionment methods offered in the picker, with a one-line explanation key each.
import type { ApportionMethod } from '../api/types';

export const METHODS: readonly ApportionMethod[] = [
  'HAMILTON',
  'WEBSTER',
  'DHONDT',
  'HUNTINGTON_HILL',
];

export function methodLabelKey(method: ApportionMethod): string {
  return `app.method.${method}.name`;
}

export function methodHelpKey(method: ApportionMethod): string {
  return `app.method.${method}.help`;
}
