import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import type { AppError } from '../../../../shared/errors';
import { fieldForIssue, issueNamePath, type FieldName } from './settings-issues';

type Issue = { path: string; message: string };

const issuesOf = (error: AppError): Issue[] => {
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues)
    ? issues.filter((i): i is Issue => typeof i?.path === 'string' && typeof i?.message === 'string')
    : [];
};

const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/**
 * Puts the server's INVALID_INPUT issues (`body.lifecycle.atRiskDays`) on the nested form's
 * fields and returns the messages of issues no field shows, for an alert above the form.
 */
export const useSettingsIssues = (form: FormInstance) =>
  useCallback(
    (error: AppError): string[] => {
      const fields = form.getFieldsError().map((f) => f.name as FieldName);
      const unplaced: string[] = [];
      for (const issue of issuesOf(error)) {
        const name = fieldForIssue(issueNamePath(issue.path), fields);
        if (name) form.setFields([{ name, errors: [sentence(issue.message)] }]);
        else unplaced.push(`${issue.path.replace(/^body\./, '')}: ${issue.message}`);
      }
      return unplaced;
    },
    [form],
  );
