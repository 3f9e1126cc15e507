import { Flex, Typography } from 'antd';
import { useId } from 'react';

type LogoProps = {
  /** Only the mark, for a collapsed sider. */
  compact?: boolean;
  /** Light text for dark backgrounds (the sider, the brand panel). */
  inverted?: boolean;
  size?: number;
};

/** The Kehu mark (客 on an indigo tile) with the name in both scripts. */
export const Logo = ({ compact = false, inverted = false, size = 32 }: LogoProps) => {
  // Unique per instance: a gradient referenced from a hidden copy of the logo would not paint.
  const gradientId = useId();
  return (
    <Flex align="center" gap={10} aria-label="Kehu 客户" role="img">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" style={{ flex: 'none' }}>
        <defs>
          <linearGradient id={gradientId} x1="0" y1="0" x2="1" y2="1">
            <stop offset="0" stopColor="#818cf8" />
            <stop offset="1" stopColor="#4338ca" />
          </linearGradient>
        </defs>
        <rect width="32" height="32" rx="9" fill={`url(#${gradientId})`} />
        <text
          x="16"
          y="22.5"
          fontSize="17"
          fontWeight="700"
          fill="#fff"
          textAnchor="middle"
          fontFamily="'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif"
        >
          客
        </text>
      </svg>
      {!compact && (
        <Flex vertical style={{ lineHeight: 1.1 }}>
          <Typography.Text
            strong
            style={{ fontSize: size * 0.56, color: inverted ? '#fff' : undefined, letterSpacing: 0.2 }}
          >
            Kehu
          </Typography.Text>
          <Typography.Text
            style={{
              fontSize: size * 0.34,
              color: inverted ? 'rgba(226,232,255,0.65)' : undefined,
              letterSpacing: 2,
            }}
            type={inverted ? undefined : 'secondary'}
          >
            客户 CRM
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
};
