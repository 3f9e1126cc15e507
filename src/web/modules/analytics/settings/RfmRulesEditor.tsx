import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { rfmSegments, uncoveredCells, type RfmSegmentRule } from '../../../../shared/analytics/rfm-segments';
import { ScoreRangeInput } from './ScoreRangeInput';

type Draft = { segment?: string; r?: [number | null, number | null]; fm?: [number | null, number | null] };

const complete = (rule: Draft | undefined): rule is RfmSegmentRule =>
  !!rule?.segment &&
  [...(rule.r ?? []), ...(rule.fm ?? [])].filter((n) => typeof n === 'number').length === 4;

/**
 * The segment rules in order (the first that matches a customer wins): a segment, an R range and
 * an FM range per row. The list is checked as a whole: every (R, FM) cell needs a segment.
 */
export const RfmRulesEditor = () => {
  const { t } = useTranslation();
  const range = (step: number, label: string) => ({
    validator: async (_: unknown, value: [number | null, number | null] | undefined) => {
      const [from, to] = value ?? [null, null];
      if (from === null || to === null) throw new Error(t('analytics.settings.errors.required'));
      if (from > to) throw new Error(t('analytics.settings.errors.rangeOrder'));
      if (step === 1 && (!Number.isInteger(from) || !Number.isInteger(to)))
        throw new Error(`${label}: ${t('analytics.settings.errors.whole')}`);
    },
  });
  return (
    <Form.List
      name={['rfm', 'segments']}
      rules={[
        {
          validator: async (_, rules: Draft[] | undefined) => {
            const ready = (rules ?? []).filter(complete);
            const open = uncoveredCells(ready);
            if (open.length > 0)
              throw new Error(
                t('analytics.settings.errors.uncovered', {
                  count: open.length,
                  r: open[0]!.r,
                  fm: open[0]!.fm,
                }),
              );
          },
        },
      ]}
    >
      {(fields, { add, remove, move }, { errors }) => (
        <Flex vertical gap={4} data-testid="rfm-rules">
          <Flex gap={8} style={{ paddingInlineStart: 28 }}>
            <Typography.Text type="secondary" style={{ width: 180, fontSize: 12 }}>
              {t('analytics.settings.rules.segment')}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ width: 150, fontSize: 12 }}>
              {t('analytics.settings.rules.r')}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ width: 150, fontSize: 12 }}>
              {t('analytics.settings.rules.fm')}
            </Typography.Text>
          </Flex>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="flex-start" data-testid={`rfm-rule-${index}`}>
              <Typography.Text type="secondary" style={{ width: 20, lineHeight: '32px', textAlign: 'right' }}>
                {index + 1}
              </Typography.Text>
              <Form.Item
                name={[field.name, 'segment']}
                style={{ marginBottom: 8 }}
                rules={[{ required: true, message: t('analytics.settings.errors.required') }]}
              >
                <Select
                  style={{ width: 180 }}
                  aria-label={t('analytics.settings.rules.segment')}
                  options={rfmSegments.map((s) => ({ value: s, label: t(`analytics.segments.${s}`) }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'r']} style={{ marginBottom: 8 }} rules={[range(1, 'R')]}>
                <ScoreRangeInput step={1} aria-label={t('analytics.settings.rules.r')} />
              </Form.Item>
              <Form.Item name={[field.name, 'fm']} style={{ marginBottom: 8 }} rules={[range(0.5, 'FM')]}>
                <ScoreRangeInput step={0.5} aria-label={t('analytics.settings.rules.fm')} />
              </Form.Item>
              <Button
                type="text"
                icon={<ArrowUpOutlined />}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
                aria-label={t('analytics.settings.moveUp')}
              />
              <Button
                type="text"
                icon={<ArrowDownOutlined />}
                disabled={index === fields.length - 1}
                onClick={() => move(index, index + 1)}
                aria-label={t('analytics.settings.moveDown')}
              />
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                disabled={fields.length === 1}
                onClick={() => remove(field.name)}
                aria-label={t('analytics.settings.removeRule')}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ segment: undefined, r: [1, 5], fm: [1, 5] })}
            style={{ width: 200, marginTop: 4 }}
          >
            {t('analytics.settings.addRule')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
};
