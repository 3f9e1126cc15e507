import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Import } from '../../../../shared/contracts/imports';

/** What is known of the file; order imports report no encoding, so the optional parts may be missing. */
type PreviewedFile = Pick<Import, 'fileName' | 'headers' | 'totalRows'> &
  Partial<Pick<Import, 'format' | 'encoding' | 'byteSize'>>;

type FilePreviewProps = {
  file: PreviewedFile;
  preview: string[][];
  extra?: ReactNode;
};

const formatBytes = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 ** 2
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/** What the server read from the file: its name, encoding, size, and a table of its first rows. */
export const FilePreview = ({ file, preview, extra }: FilePreviewProps) => {
  const { t } = useTranslation();
  // Until the whole file has been read the row count comes from counting line feeds.
  const exact = file.format === 'xlsx' || (file.totalRows ?? 0) <= preview.length;
  const rows = file.totalRows ?? 0;
  return (
    <Flex vertical gap={16} data-testid="import-preview">
      <Card size="small">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <Flex vertical gap={8} style={{ minWidth: 0 }}>
            <Typography.Text strong data-testid="import-file-name">
              {file.format === 'xlsx' ? <FileExcelOutlined /> : <FileTextOutlined />} {file.fileName}
            </Typography.Text>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, md: 4 }}
              items={[
                ...(file.encoding
                  ? [
                      {
                        key: 'encoding',
                        label: t('importWizard.file.encoding'),
                        children: file.encoding.toUpperCase(),
                      },
                    ]
                  : []),
                {
                  key: 'rows',
                  label: t('importWizard.file.rows'),
                  children: (
                    <span data-testid="import-row-count">
                      {exact ? rows.toLocaleString() : t('importWizard.file.rowsEstimate', { count: rows })}
                    </span>
                  ),
                },
                { key: 'columns', label: t('importWizard.file.columns'), children: file.headers.length },
                ...(file.byteSize === undefined
                  ? []
                  : [
                      {
                        key: 'size',
                        label: t('importWizard.file.size'),
                        children: formatBytes(file.byteSize),
                      },
                    ]),
              ]}
            />
          </Flex>
          {extra}
        </Flex>
      </Card>
      <Card size="small" title={t('importWizard.file.preview')}>
        <Table<string[]>
          size="small"
          bordered
          pagination={false}
          rowKey={(_, index) => String(index)}
          dataSource={preview}
          tableLayout="fixed"
          scroll={{ x: 56 + file.headers.length * 170, y: 360 }}
          columns={[
            {
              key: '#',
              title: '#',
              width: 56,
              fixed: 'left',
              // The header is line 1, as in a spreadsheet and the problem report.
              render: (_, __, index) => <Typography.Text type="secondary">{index + 2}</Typography.Text>,
            },
            ...file.headers.map((header, i) => ({
              key: String(i),
              title: header,
              ellipsis: { showTitle: true },
              width: 170,
              render: (_: unknown, row: string[]) => row[i],
            })),
          ]}
        />
      </Card>
    </Flex>
  );
};
