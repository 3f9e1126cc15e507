import { ExportOutlined } from '@ant-design/icons';
import { Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WebForm } from '../../../../shared/contracts/web-forms';
import { CopyField } from '../../../ui/CopyField';

/** The form's public link and the <iframe> snippet for a website, each with a copy button. */
export const WebFormShareModal = ({ form, onClose }: { form: WebForm; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('dedupe.webForms.shareTitle', { name: form.name })}
      onCancel={onClose}
      footer={null}
      width={640}
    >
      <Flex vertical gap={20}>
        <div>
          <Typography.Title level={5}>{t('dedupe.webForms.link')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('dedupe.webForms.linkHelp')}</Typography.Paragraph>
          <CopyField value={form.link} testId="web-form-link" ariaLabel={t('dedupe.webForms.link')} />
          <Button
            type="link"
            icon={<ExportOutlined />}
            href={form.link}
            target="_blank"
            rel="noreferrer"
            style={{ paddingInline: 0, marginTop: 4 }}
          >
            {t('dedupe.webForms.open')}
          </Button>
        </div>
        <div>
          <Typography.Title level={5}>{t('dedupe.webForms.embed')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('dedupe.webForms.embedHelp')}</Typography.Paragraph>
          <CopyField
            value={form.embedSnippet}
            testId="web-form-embed"
            ariaLabel={t('dedupe.webForms.embed')}
          />
        </div>
      </Flex>
    </Modal>
  );
};
