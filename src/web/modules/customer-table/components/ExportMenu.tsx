import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { EXPORT_MAX_IDS } from '../../../../shared/contracts/exports';
import { exportUrl, type ExportRequest } from '../state/export-url';

type ExportMenuProps = Omit<ExportRequest, 'format'> & { testId?: string; label?: string; small?: boolean };

/** Starts a download of the current view (or the selected rows) as CSV or Excel; the server streams it. */
export const ExportMenu = ({ testId = 'customers-export', label, small, ...request }: ExportMenuProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = (format: ExportRequest['format']) => {
    // A plain navigation keeps the session cookie and lets the browser stream the file to disk.
    const link = document.createElement('a');
    link.href = exportUrl({ ...request, format });
    link.rel = 'noopener';
    link.download = '';
    document.body.appendChild(link);
    link.click();
    link.remove();
    void message.info(t('customerTable.export.started'));
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'csv',
            'data-testid': `${testId}-csv`,
            label: t('customerTable.export.csv'),
            onClick: () => download('csv'),
          },
          {
            key: 'xlsx',
            'data-testid': `${testId}-xlsx`,
            label: t('customerTable.export.xlsx'),
            onClick: () => download('xlsx'),
          },
        ],
      }}
    >
      <Button
        size={small ? 'small' : undefined}
        disabled={(request.ids?.length ?? 0) > EXPORT_MAX_IDS}
        icon={<DownloadOutlined />}
        title={
          (request.ids?.length ?? 0) > EXPORT_MAX_IDS
            ? t('customerTable.export.tooMany', { max: EXPORT_MAX_IDS })
            : request.ids?.length
              ? t('customerTable.export.selectionNote', { count: request.ids.length })
              : t('customerTable.export.allNote')
        }
        data-testid={testId}
      >
        {label ?? t('customerTable.export.button')}
      </Button>
    </Dropdown>
  );
};
