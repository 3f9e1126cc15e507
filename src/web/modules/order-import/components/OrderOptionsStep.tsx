import { Alert, Card, Checkbox, Flex, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../auth/api/me.api';
import { useChannels } from '../../orders/api/channels.api';
import { ChannelSelect } from '../../orders/components/ChannelSelect';
import type { OrderImportChoices } from '../state/order-import-choices';
import { OptionChoice } from './OptionChoice';

type OrderOptionsStepProps = { choices: OrderImportChoices; onChange: (choices: OrderImportChoices) => void };

/** What to do with unknown customers and products, the default channel, bad rows, and whether to write at all. */
export const OrderOptionsStep = ({ choices, onChange }: OrderOptionsStepProps) => {
  const { t } = useTranslation();
  const { org } = useSignedInMe();
  const { data: channels } = useChannels();
  const set = (change: Partial<OrderImportChoices>) => onChange({ ...choices, ...change });

  // The default channel must be one the organisation still uses; fall back to its first.
  const active = channels?.filter((c) => !c.archived) ?? [];
  const fallback = active.some((c) => c.key === choices.channel) ? null : (active[0]?.key ?? null);
  useEffect(() => {
    if (fallback) onChange({ ...choices, channel: fallback });
  }, [fallback, choices, onChange]);

  return (
    <Flex vertical gap={16} data-testid="order-import-options">
      <Card size="small" title={t('orderImport.options.unknownTitle')}>
        <Flex vertical gap={12}>
          <OptionChoice
            id="order-import-create-customers"
            title={t('orderImport.options.createCustomers')}
            help={t('orderImport.options.createCustomersHelp')}
            control={
              <Checkbox
                id="order-import-create-customers"
                checked={choices.createCustomers}
                onChange={(e) => set({ createCustomers: e.target.checked })}
                data-testid="order-import-create-customers"
              />
            }
          />
          <OptionChoice
            id="order-import-create-products"
            title={t('orderImport.options.createProducts')}
            help={t('orderImport.options.createProductsHelp')}
            control={
              <Checkbox
                id="order-import-create-products"
                checked={choices.createProducts}
                onChange={(e) => set({ createProducts: e.target.checked })}
                data-testid="order-import-create-products"
              />
            }
          />
        </Flex>
      </Card>
      <Card size="small" title={t('orderImport.options.channelTitle')}>
        <Flex vertical gap={8}>
          <ChannelSelect
            id="order-import-channel"
            value={choices.channel}
            onChange={(channel) => channel && set({ channel })}
            style={{ maxWidth: 320 }}
            data-testid="order-import-channel"
          />
          <Typography.Text type="secondary">{t('orderImport.options.channelHelp')}</Typography.Text>
        </Flex>
      </Card>
      <Card size="small">
        <Flex vertical gap={16}>
          <OptionChoice
            id="order-import-good-rows"
            title={t('orderImport.options.goodRowsTitle')}
            help={t('orderImport.options.goodRowsHelp')}
            control={
              <Switch
                id="order-import-good-rows"
                checked={choices.loadGoodRowsOnly}
                onChange={(loadGoodRowsOnly) => set({ loadGoodRowsOnly })}
                data-testid="order-import-good-rows"
              />
            }
          />
          <OptionChoice
            id="order-import-dry-run"
            title={t('orderImport.options.dryRunTitle')}
            help={t('orderImport.options.dryRunHelp')}
            control={
              <Switch
                id="order-import-dry-run"
                checked={choices.dryRun}
                onChange={(dryRun) => set({ dryRun })}
                data-testid="order-import-dry-run"
              />
            }
          />
        </Flex>
      </Card>
      <Alert
        type="info"
        showIcon
        title={t('orderImport.options.times', { timeZone: org.timeZone, currency: org.currency })}
      />
    </Flex>
  );
};
