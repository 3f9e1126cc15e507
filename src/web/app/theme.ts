import { theme, type ThemeConfig } from 'antd';

export const brandColor = '#4f46e5';
/** The sider stays dark navy in both themes, like most commercial CRMs. */
export const siderColor = '#0f1535';

/** The page background behind cards, also painted on <body> so overscroll matches. */
export const layoutBackground = (mode: 'light' | 'dark'): string => (mode === 'dark' ? '#0b0d17' : '#f4f6fb');

const fontFamily =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif";

/**
 * No animations for people who ask the OS for reduced motion, and under browser automation, where
 * popups that are still sliding in make clicks land in the wrong place.
 */
const prefersStillness = (): boolean =>
  navigator.webdriver || window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** antd theme for light or dark mode: one brand colour, soft radii, a calm layout background. */
export const buildTheme = (mode: 'light' | 'dark'): ThemeConfig => ({
  algorithm: mode === 'dark' ? theme.darkAlgorithm : theme.defaultAlgorithm,
  cssVar: { key: 'kehu' },
  token: {
    motion: !prefersStillness(),
    colorPrimary: brandColor,
    colorInfo: brandColor,
    colorSuccess: '#16a34a',
    colorWarning: '#f59e0b',
    colorError: '#e11d48',
    colorLink: mode === 'dark' ? '#818cf8' : brandColor,
    borderRadius: 8,
    fontFamily,
    colorBgLayout: layoutBackground(mode),
    colorBgContainer: mode === 'dark' ? '#151827' : '#ffffff',
    colorBgElevated: mode === 'dark' ? '#1c2033' : '#ffffff',
  },
  components: {
    Layout: {
      siderBg: siderColor,
      headerBg: mode === 'dark' ? '#151827' : '#ffffff',
      headerHeight: 60,
      headerPadding: '0 20px',
      bodyBg: layoutBackground(mode),
      triggerBg: '#161d45',
    },
    Menu: {
      darkItemBg: siderColor,
      darkSubMenuItemBg: siderColor,
      darkItemSelectedBg: brandColor,
      darkItemColor: 'rgba(226, 232, 255, 0.72)',
      darkItemHoverColor: '#ffffff',
      darkGroupTitleColor: 'rgba(226, 232, 255, 0.42)',
      itemBorderRadius: 8,
      itemMarginInline: 10,
    },
    Card: { borderRadiusLG: 12 },
    Table: { headerBg: mode === 'dark' ? '#1a1e30' : '#f8f9fc' },
  },
});
