import { useLayoutEffect } from 'react';
import { useApp } from '../../store/use-app';
import { useResolvedTheme } from '../../components/use-resolved-theme';

/** Puts the shown theme on <html>, where the CSS variables of both themes are keyed. */
export function useDocumentTheme(): void {
  const theme = useResolvedTheme(useApp((state) => state.settings.values?.appearance.theme ?? 'system'));
  // Before paint, so a dark OS never sees a light first frame.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
