import { Alert, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, ImportUploadResult } from '../../../../shared/contracts/imports';
import { FieldSelect } from './FieldSelect';
import { applyTemplateMapping, mappingConflicts, mapsAnything } from './mapping-check';
import { TemplateBar } from './TemplateBar';

type MappingStepProps = {
  upload: ImportUploadResult;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
};

type Row = { index: number; header: string; examples: string };

/** One row per column of the file, each with the customer field it fills. */
export const MappingStep = ({ upload, mapping, onChange }: MappingStepProps) => {
  const { t } = useTranslation();
  const { headers } = upload.import;
  const conflicts = new Map(mappingConflicts(headers, mapping).map((c) => [c.header, c]));
  const fieldName = (key: string) => {
    const field = upload.fields.find((f) => f.key === key);
    return field?.type ? field.label : t(`importWizard.fields.${key}`, { defaultValue: field?.label ?? key });
  };
  const rows: Row[] = headers.map((header, index) => ({
    index,
    header,
    examples: upload.preview
      .map((r) => r[index] ?? '')
      .filter((v) => v.trim() !== '')
      .slice(0, 3)
      .join(' · '),
  }));
  const anything = mapsAnything(mapping);
  const hasName = Object.values(mapping).includes('name');

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('importWizard.mapping.intro')}
      </Typography.Paragraph>
      {upload.template && (
        <Alert
          type="info"
          showIcon
          title={t('importWizard.mapping.templateApplied', { name: upload.template.name })}
        />
      )}
      <TemplateBar
        mapping={mapping}
        initialTemplateId={upload.template?.id ?? null}
        canSave={anything && conflicts.size === 0}
        onApply={(template) =>
          onChange(applyTemplateMapping(headers, mapping, template.mapping, upload.fields))
        }
      />
      <Table<Row>
        size="small"
        rowKey="index"
        pagination={false}
        dataSource={rows}
        data-testid="import-mapping"
        columns={[
          {
            key: 'header',
            title: t('importWizard.mapping.column'),
            width: '30%',
            render: (_, row) => {
              const conflict = conflicts.get(row.header);
              return (
                <Flex vertical>
                  <Typography.Text strong>{row.header}</Typography.Text>
                  {conflict && (
                    <Typography.Text type="warning" style={{ fontSize: 12 }}>
                      {t('importWizard.mapping.duplicate', {
                        field: fieldName(conflict.field),
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
            title: t('importWizard.mapping.sample'),
            ellipsis: true,
            render: (_, row) => <Typography.Text type="secondary">{row.examples}</Typography.Text>,
          },
          {
            key: 'field',
            title: t('importWizard.mapping.field'),
            width: 300,
            render: (_, row) => (
              <FieldSelect
                fields={upload.fields}
                value={mapping[row.header] ?? null}
                onChange={(field) => onChange({ ...mapping, [row.header]: field })}
                status={conflicts.has(row.header) ? 'warning' : undefined}
                ariaLabel={`${t('importWizard.mapping.field')}: ${row.header}`}
                testId={`import-mapping-${row.index}`}
              />
            ),
          },
        ]}
      />
      {!anything && <Alert type="warning" showIcon title={t('importWizard.mapping.nothingMapped')} />}
      {anything && !hasName && <Alert type="info" showIcon title={t('importWizard.mapping.noName')} />}
    </Flex>
  );
};
