import { Select, type SelectProps } from 'antd';
import type { Language } from '../../shared/contracts/common';

/** Language names are written in their own language so anyone can find theirs. */
export const languageNames: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

/** A select of the languages Kehu speaks. */
export const LanguageSelect = (props: Omit<SelectProps<Language>, 'options'>) => (
  <Select<Language>
    {...props}
    options={(Object.keys(languageNames) as Language[]).map((value) => ({
      value,
      label: languageNames[value],
    }))}
  />
);
