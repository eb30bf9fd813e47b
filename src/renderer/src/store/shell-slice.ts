import type { SliceCreator } from './types';

export type Screen = 'inbox' | 'compose' | 'triggers' | 'routes' | 'checks' | 'scenarios' | 'samples' | 'settings';

export interface ShellSlice {
  screen: Screen;
  showScreen(screen: Screen): void;
}

export const createShellSlice: SliceCreator<'shell', ShellSlice> = ({ set }) => ({
  screen: 'inbox',
  showScreen(screen) {
    set({ screen });
  },
});
