// Typed access to the data provider's named operations (errors go through checkError).
import { useDataProvider } from 'react-admin';
import type { FinsamDataProvider } from './dataProvider';

export function useFinsam(): FinsamDataProvider {
  return useDataProvider<FinsamDataProvider>();
}
