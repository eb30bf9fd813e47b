import type { SliceCreator } from './types';

export interface ComparePair {
  older: number;
  newer: number;
}

export interface CompareSlice {
  /** Two deliveries picked in the list to compare: the detail opens the newer one with the diff against the older. */
  comparePair: ComparePair | null;
  compareDeliveries(pair: ComparePair): void;
  /** The diff was shown (or closed): a later visit to the delivery opens without it. */
  forgetComparePair(): void;
}

export const createCompareSlice: SliceCreator<'detail', CompareSlice> = ({ set, get }) => ({
  comparePair: null,
  compareDeliveries(pair) {
    set({ comparePair: pair });
    get().detail.open(pair.newer);
  },
  forgetComparePair() {
    set({ comparePair: null });
  },
});
