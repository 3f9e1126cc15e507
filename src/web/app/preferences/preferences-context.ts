import { createContext, useContext } from 'react';
import type { Language, Theme } from '../../../shared/contracts/common';

export type ThemeMode = 'light' | 'dark';

export type Preferences = {
  language: Language;
  /** What the person chose; `system` follows the operating system. */
  theme: Theme;
  /** The theme actually shown. */
  mode: ThemeMode;
  setLanguage: (language: Language) => void;
  setTheme: (theme: Theme) => void;
};

export const PreferencesContext = createContext<Preferences | null>(null);

export const usePreferences = (): Preferences => {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error('usePreferences must be used inside PreferencesProvider');
  return preferences;
};
