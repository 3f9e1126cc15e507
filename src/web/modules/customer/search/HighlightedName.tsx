import { theme } from 'antd';

type HighlightedNameProps = { parts: { text: string; match: boolean }[]; fallback: string };

/** The name with the parts that matched the search marked. */
export const HighlightedName = ({ parts, fallback }: HighlightedNameProps) => {
  const { token } = theme.useToken();
  if (parts.length === 0) return <>{fallback}</>;
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <mark
            key={index}
            style={{ background: token.colorWarningBorder, color: 'inherit', padding: 0, borderRadius: 2 }}
          >
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
};
