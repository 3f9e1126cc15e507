import { LanguageSchema, ThemeSchema, type Language, type Theme } from '../../../shared/contracts/common';

const languageKey = 'kehu.language';
const themeKey = 'kehu.theme';

const read = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};

const write = (key: string, value: string): void => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the choice simply is not remembered.
  }
};

/** A language the person picked on this browser, if any. */
export const readStoredLanguage = (): Language | null =>
  LanguageSchema.safeParse(read(languageKey)).data ?? null;
export const storeLanguage = (language: Language): void => write(languageKey, language);

export const readStoredTheme = (): Theme | null => ThemeSchema.safeParse(read(themeKey)).data ?? null;
export const storeTheme = (theme: Theme): void => write(themeKey, theme);

/** zh, zh-TW, zh-Hans… all map to Simplified Chinese, the only Chinese Kehu has; anything else to English. */
export const browserLanguage = (): Language => {
  const preferred = navigator.languages?.[0] ?? navigator.language ?? 'en';
  return preferred.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
};

/** The language before anyone signs in: a remembered choice, else the browser's. */
export const initialLanguage = (): Language => readStoredLanguage() ?? browserLanguage();
