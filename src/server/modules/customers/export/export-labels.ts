import type { Language } from '../../../../shared/contracts/common';
import { customerFieldText } from '../../../../shared/i18n/customer-field-text';

/** Words an export file contains, in the organisation's language. */
export type ExportLabels = {
  headers: Record<string, string>;
  kinds: Record<string, string>;
  genders: Record<string, string>;
  yes: string;
  no: string;
  /** Names of the default picklist items ('category.vip'), shown until an admin labels an item itself. */
  picklistItems: Record<string, string>;
  /** RFM segment names (the keys are the segment names the scores store). */
  segments: Record<string, string>;
  sheet: string;
};

/**
 * Columns only a file has: the table shows one phone and one email, a file also holds every one
 * of them, so it names the primary ones apart.
 */
const fileOnly: Record<Language, Record<string, string> & { sheet: string }> = {
  en: {
    id: 'ID',
    primary_phone: 'Primary phone',
    primary_email: 'Primary email',
    phones: 'Phones',
    emails: 'Emails',
    addresses: 'Addresses',
    sheet: 'Customers',
  },
  'zh-CN': {
    id: 'ID',
    primary_phone: '主要电话',
    primary_email: '主要邮箱',
    phones: '电话',
    emails: '邮箱',
    addresses: '地址',
    sheet: '客户',
  },
};

/** The labels of `language`: the words the web app shows (src/shared/i18n), and the file's own columns. */
export const exportLabels = (language: Language): ExportLabels => {
  const text = customerFieldText[language];
  const { sheet, ...columns } = fileOnly[language];
  return {
    headers: { ...text.fields, ...columns },
    kinds: text.kinds,
    genders: text.genders,
    yes: text.booleans.yes,
    no: text.booleans.no,
    picklistItems: Object.fromEntries(
      Object.entries(text.picklist).flatMap(([list, items]) =>
        Object.entries(items).map(([key, label]) => [`${list}.${key}`, label]),
      ),
    ),
    segments: text.segments,
    sheet,
  };
};
