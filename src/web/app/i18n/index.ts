import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/contracts/common';
import { en } from './en';
import { zhCN } from './zh-CN';

export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const;

/** Starts i18next synchronously: every string is bundled, so the first render is already translated. */
export const initI18n = (language: Language): void => {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['zh-CN', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
};

export { i18next as i18n };
