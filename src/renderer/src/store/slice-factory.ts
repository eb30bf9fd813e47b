import type { StoreApi } from 'zustand/vanilla';
import type { ContractClient } from '@shared/contract';
import type { AppState, Domain, SliceCreator } from './types';

/**
 * Builds the slices of one store. A slice's `set` writes its own fields only, inside its domain's namespace: a
 * field it does not own throws, and two slices claiming one field fail the store's creation, so ownership is
 * checked once for all rather than trusted.
 */
export function sliceFactory(
  setState: StoreApi<AppState>['setState'],
  getState: StoreApi<AppState>['getState'],
  client: ContractClient,
) {
  const claimed = new Map<string, string>();
  return <D extends Domain>(domain: D) => <Own extends object, Uses extends Domain>(creator: SliceCreator<D, Own, Uses>): Own => {
    let owned: ReadonlySet<string> = new Set();
    const slice = creator({
      set(patch) {
        for (const field of Object.keys(patch)) {
          if (!owned.has(field)) throw new Error(`A ${domain} slice wrote "${field}", which is not one of its own fields.`);
        }
        setState((state) => ({ ...state, [domain]: { ...state[domain], ...patch } }));
      },
      get: getState,
      client,
    });
    owned = new Set(Object.keys(slice).filter((field) => typeof slice[field as keyof typeof slice] !== 'function'));
    for (const member of Object.keys(slice)) {
      const name = `${domain}.${member}`;
      const other = claimed.get(name);
      if (other) throw new Error(`${name} is defined by two slices (${other} and ${creator.name}): one slice owns each field.`);
      claimed.set(name, creator.name || 'a slice');
    }
    return slice;
  };
}
