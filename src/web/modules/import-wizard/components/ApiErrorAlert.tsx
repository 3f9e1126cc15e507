import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';

type Issue = { path: string; message: string };

const issuesOf = (details: unknown): Issue[] => {
  const issues = (details as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]).filter((i) => typeof i?.message === 'string') : [];
};

/** A failed call as the server explained it, with each input issue listed. */
export const ApiErrorAlert = ({ error }: { error: AppError }) => {
  const { t } = useTranslation();
  const issues = issuesOf(error.details);
  return (
    <Alert
      type="error"
      showIcon
      title={t(`common.errors.codes.${error.code}`)}
      description={
        <>
          {error.message}
          {issues.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  {issue.path.replace(/^body\./, '')}: {issue.message}
                </li>
              ))}
            </ul>
          )}
        </>
      }
      data-testid="import-error"
    />
  );
};
