import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { csvText } from '../state/csv-text';
import { downloadBlob } from '../state/download-blob';
import type { ExportTable } from '../state/export-cells';
import { xlsxBlob } from '../state/xlsx-file';

type ExportButtonProps = {
  table: ExportTable;
  /** The chart's title, for the button's label and the Excel sheet. */
  name: string;
  testId: string;
};

/** Downloads a chart's data as CSV or Excel, made in the browser from what the chart shows. */
export const ExportButton = ({ table, name, testId }: ExportButtonProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const save = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      if (format === 'csv')
        downloadBlob(`${table.fileName}.csv`, new Blob([csvText(table)], { type: 'text/csv;charset=utf-8' }));
      else downloadBlob(`${table.fileName}.xlsx`, await xlsxBlob(table, name));
    } catch {
      void message.error(t('analytics.export.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'csv', label: <span data-testid={`${testId}-csv`}>{t('analytics.export.csv')}</span> },
          { key: 'xlsx', label: <span data-testid={`${testId}-xlsx`}>{t('analytics.export.xlsx')}</span> },
        ],
        onClick: ({ key }) => void save(key as 'csv' | 'xlsx'),
      }}
    >
      <Button
        size="small"
        type="text"
        icon={<DownloadOutlined />}
        loading={busy}
        disabled={table.rows.length === 0}
        aria-label={t('analytics.export.label', { name })}
        data-testid={testId}
      >
        {t('analytics.export.button')}
      </Button>
    </Dropdown>
  );
};
