import type { SliceCreator } from './types';

export type Screen = 'inbox' | 'compose' | 'triggers' | 'routes' | 'samples' | 'settings';

export interface ViewSlice {
  screen: Screen;
  showScreen(screen: Screen): void;
}

export const createViewSlice: SliceCreator<ViewSlice> = ({ set }) => ({
  screen: 'inbox',
  showScreen(screen) {
    set({ screen });
  },
});
