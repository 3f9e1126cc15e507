import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderImport } from '../../../../shared/contracts/order-imports';

type OrderImportCountsProps = {
  file: OrderImport;
  /** A check's counts say what an import would do. */
  planned: boolean;
  /** Each number gets `<prefix>-created`, `-updated`, `-skipped`, `-problems`. */
  testIdPrefix: string;
};

/** Orders created, returns recorded as refunds, orders already in Kehu, and rows with problems. */
export const OrderImportCounts = ({ file, planned, testIdPrefix }: OrderImportCountsProps) => {
  const { t } = useTranslation();
  const items = [
    { key: 'created', label: planned ? 'toCreate' : 'created', value: file.createdCount },
    { key: 'updated', label: planned ? 'toUpdate' : 'updated', value: file.updatedCount },
    { key: 'skipped', label: 'skipped', value: file.skippedCount },
    { key: 'problems', label: 'problems', value: file.errorCount },
  ] as const;
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={12} md={6}>
          <Statistic
            title={t(`orderImport.counts.${item.label}`)}
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
