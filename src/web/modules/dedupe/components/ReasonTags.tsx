import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuplicateReason } from '../../../../shared/contracts/duplicates';

const colours: Record<DuplicateReason, string> = {
  external_id: 'purple',
  phone: 'volcano',
  email: 'orange',
  name_company: 'geekblue',
  name_city: 'blue',
};

/** Why customers were grouped: one badge per shared key, strongest first. */
export const ReasonTags = ({ reasons }: { reasons: DuplicateReason[] }) => {
  const { t } = useTranslation();
  return (
    <>
      {reasons.map((reason) => (
        <Tag key={reason} color={colours[reason]} data-testid={`reason-${reason}`}>
          {t(`dedupe.reasons.${reason}`)}
        </Tag>
      ))}
    </>
  );
};
