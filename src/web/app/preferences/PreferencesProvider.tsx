import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Language, Theme } from '../../../shared/contracts/common';
import { useMe } from '../../modules/auth/api/me.api';
import { useUpdateMe } from '../../modules/profile/api/profile.api';
import { setDayjsLanguage } from '../dayjs';
import { i18n } from '../i18n';
import { layoutBackground } from '../theme';
import {
  initialLanguage,
  readStoredLanguage,
  readStoredTheme,
  storeLanguage,
  storeTheme,
} from './preference-storage';
import { PreferencesContext, type Preferences } from './preferences-context';
import { useSystemTheme } from './use-system-theme';

const applyLanguage = (language: Language) => {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  setDayjsLanguage(language);
  document.documentElement.lang = language;
};

/**
 * Holds the language and theme. Before sign-in they come from this browser; once someone signs in,
 * their profile wins (language: the user's, else a choice made on this browser, else the org's).
 * A change is remembered locally and, when signed in, saved to the profile.
 */
export const PreferencesProvider = ({ children }: { children: ReactNode }) => {
  const { data: me } = useMe();
  const { mutate: updateMe } = useUpdateMe();
  const systemTheme = useSystemTheme();
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const [theme, setThemeState] = useState<Theme>(() => readStoredTheme() ?? 'system');
  const appliedFor = useRef<string | null>(null);

  useEffect(() => {
    const userId = me?.user.id ?? null;
    if (appliedFor.current === userId) return;
    appliedFor.current = userId;
    if (!me) return;
    setLanguageState(me.user.language ?? readStoredLanguage() ?? me.org.language);
    setThemeState(me.user.theme !== 'system' ? me.user.theme : (readStoredTheme() ?? 'system'));
  }, [me]);

  const mode = theme === 'system' ? systemTheme : theme;

  useEffect(() => applyLanguage(language), [language]);
  useEffect(() => {
    document.documentElement.dataset.theme = mode;
    document.documentElement.style.colorScheme = mode;
    document.body.style.background = layoutBackground(mode);
  }, [mode]);

  const signedIn = !!me;
  const value = useMemo<Preferences>(
    () => ({
      language,
      theme,
      mode,
      setLanguage: (next) => {
        applyLanguage(next);
        setLanguageState(next);
        storeLanguage(next);
        if (signedIn) updateMe({ language: next });
      },
      setTheme: (next) => {
        setThemeState(next);
        storeTheme(next);
        if (signedIn) updateMe({ theme: next });
      },
    }),
    [language, theme, mode, signedIn, updateMe],
  );

  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
};
