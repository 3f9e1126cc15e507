import { DownloadOutlined } from '@ant-design/icons';
import { App, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../shared/contracts/exports';
import { segmentExportUrl } from '../state/segment-export-url';

/** Downloads every column of the segment's customers; the server streams the file. */
export const SegmentExportMenu = ({ segmentId }: { segmentId: string }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = (format: ExportFormat) => {
    // A plain navigation keeps the session cookie and lets the browser stream the file to disk.
    const link = document.createElement('a');
    link.href = segmentExportUrl(segmentId, format);
    link.download = '';
    document.body.appendChild(link);
    link.click();
    link.remove();
    void message.info(t('segments.exportStarted'));
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'csv',
            label: t('segments.exportCsv'),
            'data-testid': 'segment-export-csv',
            onClick: () => download('csv'),
          },
          {
            key: 'xlsx',
            label: t('segments.exportXlsx'),
            'data-testid': 'segment-export-xlsx',
            onClick: () => download('xlsx'),
          },
        ],
      }}
    >
      <a role="button" href="#" onClick={(e) => e.preventDefault()} data-testid="segment-export">
        <DownloadOutlined /> {t('segments.export')}
      </a>
    </Dropdown>
  );
};
