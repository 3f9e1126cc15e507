import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/contracts/common';
import { usePreferences } from '../../../app/preferences/preferences-context';
import { languageNames } from '../../../ui/LanguageSelect';

const shortNames: Record<Language, string> = { 'zh-CN': '中文', en: 'EN' };

/** Header control switching between 简体中文 and English; also switches antd and dayjs. */
export const LanguageSwitch = () => {
  const { t } = useTranslation();
  const { language, setLanguage } = usePreferences();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: (Object.keys(languageNames) as Language[]).map((value) => ({
          key: value,
          label: <span data-testid={`language-option-${value}`}>{languageNames[value]}</span>,
        })),
        onClick: ({ key }) => setLanguage(key as Language),
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined />}
        aria-label={t('shell.header.language')}
        data-testid="language-switch"
        data-language={language}
      >
        {shortNames[language]}
      </Button>
    </Dropdown>
  );
};
