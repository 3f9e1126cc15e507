import { Card, Divider } from 'antd';
import type { ReactNode } from 'react';

type FormSectionProps = { title: ReactNode; framed: boolean; children: ReactNode; testId?: string };

/** A group of fields: a card on the full-page form, a titled divider inside a drawer. */
export const FormSection = ({ title, framed, children, testId }: FormSectionProps) =>
  framed ? (
    <Card title={title} size="small" styles={{ body: { paddingBottom: 4 } }} data-testid={testId}>
      {children}
    </Card>
  ) : (
    <div data-testid={testId}>
      <Divider titlePlacement="start" style={{ marginTop: 4 }}>
        {title}
      </Divider>
      {children}
    </div>
  );
