import { MoonOutlined, SunOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../../app/preferences/preferences-context';

/** Header toggle between light and dark; "system" can be chosen in the profile. */
export const ThemeSwitch = () => {
  const { t } = useTranslation();
  const { mode, setTheme } = usePreferences();
  const label = mode === 'dark' ? t('shell.header.toLight') : t('shell.header.toDark');
  return (
    <Tooltip title={label}>
      <Button
        type="text"
        icon={mode === 'dark' ? <SunOutlined /> : <MoonOutlined />}
        aria-label={label}
        data-testid="theme-switch"
        data-theme-mode={mode}
        onClick={() => setTheme(mode === 'dark' ? 'light' : 'dark')}
      />
    </Tooltip>
  );
};
