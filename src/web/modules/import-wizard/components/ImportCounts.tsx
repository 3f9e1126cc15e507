import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Import } from '../../../../shared/contracts/imports';

type ImportCountsProps = {
  file: Import;
  /** A dry run's counts say what would happen. */
  planned: boolean;
  /** Each number gets `<prefix>-created`, `-updated`, `-skipped`, `-problems`. */
  testIdPrefix: string;
};

export const ImportCounts = ({ file, planned, testIdPrefix }: ImportCountsProps) => {
  const { t } = useTranslation();
  const items = [
    { key: 'created', label: planned ? 'toCreate' : 'created', value: file.createdCount },
    { key: 'updated', label: planned ? 'toUpdate' : 'updated', value: file.updatedCount },
    { key: 'skipped', label: planned ? 'toSkip' : 'skipped', value: file.skippedCount },
    { key: 'problems', label: 'problems', value: file.errorCount },
  ] as const;
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={12} md={6}>
          <Statistic
            title={t(`importWizard.counts.${item.label}`)}
            value={item.value}
            styles={
              item.key === 'problems' && item.value > 0
                ? { content: { color: 'var(--ant-color-error)' } }
                : undefined
            }
            data-testid={`${testIdPrefix}-${item.key}`}
          />
        </Col>
      ))}
    </Row>
  );
};
