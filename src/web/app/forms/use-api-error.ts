import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';

type Issue = { path: string; message: string };

const readIssues = (details: unknown): Issue[] => {
  if (typeof details !== 'object' || details === null || !('issues' in details)) return [];
  const { issues } = details as { issues: unknown };
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is Issue =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof issue.path === 'string' &&
      typeof issue.message === 'string',
  );
};

/** Server issue messages are fragments ("is wrong"); under a labelled field they read as a sentence. */
const sentence = (message: string): string => message.charAt(0).toUpperCase() + message.slice(1);

/** "body.email" or "/email" → "email": the form field an issue belongs to. */
const fieldOf = (path: string): string => path.split(/[./]/).filter(Boolean).pop() ?? path;

/**
 * Returns the names of form fields that received an INVALID_INPUT issue from the server.
 * Issues for fields the form does not have are left out.
 */
export const applyServerIssues = (error: AppError, form: FormInstance): string[] => {
  if (error.code !== 'INVALID_INPUT') return [];
  const known = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const issues = readIssues(error.details).filter((issue) => known.has(fieldOf(issue.path)));
  form.setFields(issues.map((issue) => ({ name: fieldOf(issue.path), errors: [sentence(issue.message)] })));
  return issues.map((issue) => fieldOf(issue.path));
};

/**
 * The one way to show a failed call: validation issues go onto the form's fields; anything else
 * becomes a notification titled by the error code, with the server's message.
 */
export const useApiError = () => {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: AppError, form?: FormInstance) => {
      if (form) {
        const applied = applyServerIssues(error, form);
        if (applied.length > 0 && applied.length === readIssues(error.details).length) return;
      }
      notification.error({
        key: `${error.code}:${error.message}`,
        title: t(`common.errors.codes.${error.code}`),
        description: error.message,
      });
    },
    [notification, t],
  );
};
