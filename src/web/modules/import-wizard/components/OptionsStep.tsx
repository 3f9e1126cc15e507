import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Radio, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  importMatchKeys,
  importOnMatch,
  type ImportMatchKey,
  type ImportOnMatch,
} from '../../../../shared/contracts/imports';

export type ImportChoices = {
  /** Every key in the order tried; `matchBy` holds the ticked ones. */
  order: ImportMatchKey[];
  matchBy: ImportMatchKey[];
  onMatch: ImportOnMatch;
  loadGoodRowsOnly: boolean;
};

export const defaultChoices: ImportChoices = {
  order: [...importMatchKeys],
  matchBy: [...importMatchKeys],
  onMatch: 'update',
  loadGoodRowsOnly: false,
};

/** The ticked keys in the chosen order, as the API wants them. */
export const matchOrder = (choices: ImportChoices) =>
  choices.order.filter((k) => choices.matchBy.includes(k));

type OptionsStepProps = { choices: ImportChoices; onChange: (choices: ImportChoices) => void };

/** How rows find existing customers, what happens then, and whether bad rows block the rest. */
export const OptionsStep = ({ choices, onChange }: OptionsStepProps) => {
  const { t } = useTranslation();
  const move = (index: number, by: -1 | 1) => {
    const order = [...choices.order];
    [order[index], order[index + by]] = [order[index + by]!, order[index]!];
    onChange({ ...choices, order });
  };
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('importWizard.options.matchTitle')}>
        <Typography.Paragraph type="secondary">{t('importWizard.options.matchHelp')}</Typography.Paragraph>
        <Flex vertical gap={4} data-testid="import-option-match">
          {choices.order.map((key, index) => {
            const label = t(`importWizard.options.matchBy.${key}`);
            return (
              <Flex key={key} align="center" gap={8}>
                <Typography.Text type="secondary" style={{ width: 20 }}>
                  {index + 1}.
                </Typography.Text>
                <Checkbox
                  style={{ minWidth: 140 }}
                  checked={choices.matchBy.includes(key)}
                  onChange={(e) =>
                    onChange({
                      ...choices,
                      matchBy: e.target.checked
                        ? [...choices.matchBy, key]
                        : choices.matchBy.filter((k) => k !== key),
                    })
                  }
                  data-testid={`import-match-${key}`}
                >
                  {label}
                </Checkbox>
                <Button
                  size="small"
                  type="text"
                  icon={<ArrowUpOutlined />}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t('importWizard.options.moveUp', { key: label })}
                />
                <Button
                  size="small"
                  type="text"
                  icon={<ArrowDownOutlined />}
                  disabled={index === choices.order.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('importWizard.options.moveDown', { key: label })}
                />
              </Flex>
            );
          })}
        </Flex>
      </Card>
      <Card size="small" title={t('importWizard.options.onMatchTitle')}>
        <Radio.Group
          value={choices.onMatch}
          onChange={(e) => onChange({ ...choices, onMatch: e.target.value as ImportOnMatch })}
          data-testid="import-option-on-match"
        >
          <Flex vertical gap={8}>
            {importOnMatch.map((value) => (
              <Radio key={value} value={value} data-testid={`import-on-match-${value}`}>
                {t(`importWizard.options.onMatch.${value}`)}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Card>
      <Card size="small">
        <Flex gap={12} align="flex-start">
          <Switch
            id="import-good-rows"
            checked={choices.loadGoodRowsOnly}
            onChange={(loadGoodRowsOnly) => onChange({ ...choices, loadGoodRowsOnly })}
            data-testid="import-option-good-rows"
          />
          <Flex vertical>
            <label htmlFor="import-good-rows">
              <Typography.Text strong>{t('importWizard.options.goodRowsTitle')}</Typography.Text>
            </label>
            <Typography.Text type="secondary">{t('importWizard.options.goodRowsHelp')}</Typography.Text>
          </Flex>
        </Flex>
      </Card>
    </Flex>
  );
};
