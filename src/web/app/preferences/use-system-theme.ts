import { useSyncExternalStore } from 'react';
import type { ThemeMode } from './preferences-context';

const query = '(prefers-color-scheme: dark)';

const subscribe = (onChange: () => void) => {
  const media = window.matchMedia(query);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
};

/** The operating system's light or dark setting, kept current. */
export const useSystemTheme = (): ThemeMode =>
  useSyncExternalStore(
    subscribe,
    () => (window.matchMedia(query).matches ? 'dark' : 'light'),
    () => 'light',
  );
