import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo, type ReactNode } from 'react';
import { usePreferences } from './preferences/preferences-context';
import { buildTheme } from './theme';

/** antd's theme and locale follow the person's preferences; AntdApp gives message/notification/modal context. */
export const AntdConfig = ({ children }: { children: ReactNode }) => {
  const { language, mode } = usePreferences();
  const theme = useMemo(() => buildTheme(mode), [mode]);
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={theme}>
      <AntdApp notification={{ placement: 'topRight', maxCount: 3 }} message={{ maxCount: 3 }}>
        {children}
      </AntdApp>
    </ConfigProvider>
  );
};
