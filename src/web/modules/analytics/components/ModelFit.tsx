import { Alert, Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Model } from '../api/dashboard.api';
import type { AnalyticsFormat } from '../hooks/use-analytics-format';
import { fitReasonText } from '../state/fit-note-text';

type Fitted = NonNullable<NonNullable<Model['run']>['bgnbd']>;

const paramNames = ['r', 'alpha', 'a', 'b', 'p', 'q', 'gamma'] as const;
type ParamName = (typeof paramNames)[number];
const isParam = (name: string): name is ParamName => (paramNames as readonly string[]).includes(name);
/** The papers' order: r, α, a, b and p, q, γ; anything else after them. */
const order = (name: string) => (isParam(name) ? paramNames.indexOf(name) : paramNames.length);

type ModelFitProps = {
  title: string;
  fit: Fitted | null;
  format: AnalyticsFormat;
  testId: string;
  /** Gamma-Gamma's check that spend does not depend on frequency. */
  independence?: number | null;
};

/** One model's parameters with standard errors and log-likelihood, or why it could not be fitted. */
export const ModelFit = ({ title, fit, format, testId, independence }: ModelFitProps) => {
  const { t } = useTranslation();
  const label = (name: string) => (isParam(name) ? t(`analytics.model.params.${name}`) : name);
  return (
    <Flex vertical gap={8} data-testid={testId} data-ok={fit?.ok ?? false}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {!fit || !fit.ok || !fit.params ? (
        <Alert
          type="warning"
          showIcon
          title={t('analytics.model.notFitted')}
          description={fit && fitReasonText(t, fit.note, fit.reason)}
          data-testid={`${testId}-reason`}
        />
      ) : (
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="name"
            dataSource={Object.entries(fit.params)
              .sort(([a], [b]) => order(a) - order(b))
              .map(([name, value]) => ({ name, value, se: fit.standardErrors?.[name] ?? null }))}
            columns={[
              { key: 'name', title: t('analytics.model.parameter'), render: (_, row) => label(row.name) },
              {
                key: 'value',
                title: t('analytics.model.estimate'),
                align: 'right',
                render: (_, row) => format.decimal(row.value, 4),
              },
              {
                key: 'se',
                title: t('analytics.model.standardError'),
                align: 'right',
                render: (_, row) => (row.se === null ? '—' : format.decimal(row.se, 4)),
              },
            ]}
          />
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('analytics.model.logLik')}>
              {fit.logLik === null ? '—' : format.decimal(fit.logLik, 2)}
            </Descriptions.Item>
            <Descriptions.Item label={t('analytics.model.fittedOn')}>
              {fit.customers === null ? '—' : format.count(fit.customers)}
            </Descriptions.Item>
            {independence !== undefined && (
              <Descriptions.Item label={t('analytics.model.independence')}>
                <span title={t('analytics.model.independenceHint')}>
                  {independence === null ? '—' : format.decimal(independence, 3)}
                </span>
              </Descriptions.Item>
            )}
          </Descriptions>
        </>
      )}
    </Flex>
  );
};
