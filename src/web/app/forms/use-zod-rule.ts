import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

/** Puts a zod issue into words in the current language; falls back to the schema's own message. */
const describeIssue = (issue: z.core.$ZodIssue, value: unknown, t: TFunction, fallback?: string): string => {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined || value === null
        ? t('common.validation.required')
        : (fallback ?? issue.message);
    case 'too_small':
      if (issue.origin !== 'string') break;
      return Number(issue.minimum) <= 1
        ? t('common.validation.required')
        : t('common.validation.minLength', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin !== 'string') break;
      return t('common.validation.maxLength', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('common.validation.email');
      break;
  }
  return fallback ?? issue.message;
};

/**
 * Turns a shared zod schema into an antd form rule, so forms check exactly what the server checks.
 * `fallback` replaces messages the translator cannot word (custom refinements, patterns).
 */
export const useZodRule = () => {
  const { t } = useTranslation();
  return useCallback(
    (schema: z.ZodType, fallback?: string): FormRule => ({
      validator: async (_rule, raw: unknown) => {
        const value = raw === '' ? undefined : raw;
        const result = schema.safeParse(value);
        const issue = result.error?.issues[0];
        if (issue) throw new Error(describeIssue(issue, value, t, fallback));
      },
    }),
    [t],
  );
};
