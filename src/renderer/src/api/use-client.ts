import { createContext, useContext } from 'react';
import type { ContractClient } from '@shared/contract';

export const ClientContext = createContext<ContractClient | null>(null);

/** The contract client, for reads that belong to one component (a body) rather than to the app state. */
export function useClient(): ContractClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient needs a ClientContext provider');
  return client;
}
