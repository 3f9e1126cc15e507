import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderImportMapping } from '../../../../shared/contracts/order-imports';
import type { OrderImportUploadResult } from '../api/order-imports.api';
import { FilePreview } from '../../import-wizard/components/FilePreview';
import { useFieldNames } from '../hooks/use-field-names';
import { customerKeyFields, requiredOrderFields, reviewOrderMapping } from '../state/order-mapping-check';
import { MappingCheck } from './MappingCheck';
import { OrderFieldSelect } from './OrderFieldSelect';

type OrderMappingStepProps = {
  upload: OrderImportUploadResult;
  /** The file as picked, for its size and type. */
  file: File;
  mapping: OrderImportMapping;
  onChange: (mapping: OrderImportMapping) => void;
};

type Row = { index: number; header: string; examples: string };

/** One row per column of the file with the order field it fills, what is still missing, and the file's first rows. */
export const OrderMappingStep = ({ upload, file, mapping, onChange }: OrderMappingStepProps) => {
  const { t } = useTranslation();
  const names = useFieldNames();
  const { headers } = upload.import;
  const review = reviewOrderMapping(headers, mapping);
  const rows: Row[] = headers.map((header, index) => ({
    index,
    header,
    examples: upload.preview
      .map((r) => r[index] ?? '')
      .filter((v) => v.trim() !== '')
      .slice(0, 3)
      .join(' · '),
  }));

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('orderImport.mapping.intro')}{' '}
        {t('orderImport.mapping.requiredNote', {
          fields: names(requiredOrderFields),
          customer: names(customerKeyFields, 'disjunction'),
        })}
      </Typography.Paragraph>
      <MappingCheck review={review} />
      <Table<Row>
        size="small"
        rowKey="index"
        pagination={false}
        dataSource={rows}
        tableLayout="fixed"
        data-testid="order-import-mapping"
        columns={[
          {
            key: 'header',
            title: t('orderImport.mapping.column'),
            width: '25%',
            render: (_, row) => {
              const conflict = review.conflicts.get(row.header);
              return (
                <Flex vertical>
                  <Typography.Text strong>{row.header}</Typography.Text>
                  {conflict && (
                    <Typography.Text type="warning" style={{ fontSize: 12 }}>
                      {t('orderImport.mapping.duplicate', {
                        field: t(`orderImport.fields.${conflict.field}`),
                        column: conflict.claimedBy,
                      })}
                    </Typography.Text>
                  )}
                </Flex>
              );
            },
          },
          {
            key: 'examples',
            title: t('orderImport.mapping.sample'),
            ellipsis: { showTitle: true },
            render: (_, row) => <Typography.Text type="secondary">{row.examples}</Typography.Text>,
          },
          {
            key: 'field',
            title: t('orderImport.mapping.field'),
            width: 300,
            render: (_, row) => (
              <OrderFieldSelect
                value={mapping[row.header] ?? null}
                onChange={(field) => onChange({ ...mapping, [row.header]: field })}
                status={review.conflicts.has(row.header) ? 'warning' : undefined}
                ariaLabel={`${t('orderImport.mapping.field')}: ${row.header}`}
                testId={`order-import-field-${row.index}`}
              />
            ),
          },
        ]}
      />
      <FilePreview
        file={{
          ...upload.import,
          format: /\.xlsx$/i.test(upload.import.fileName) ? 'xlsx' : 'csv',
          byteSize: file.size,
        }}
        preview={upload.preview}
      />
    </Flex>
  );
};
