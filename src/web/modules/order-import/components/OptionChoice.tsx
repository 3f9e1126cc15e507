import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

type OptionChoiceProps = { id: string; control: ReactNode; title: string; help: string };

/** A control with its title beside it and an explanation under the title; the label is clickable. */
export const OptionChoice = ({ id, control, title, help }: OptionChoiceProps) => (
  <Flex gap={12} align="flex-start">
    {control}
    <Flex vertical>
      <label htmlFor={id}>
        <Typography.Text strong>{title}</Typography.Text>
      </label>
      <Typography.Text type="secondary">{help}</Typography.Text>
    </Flex>
  </Flex>
);
