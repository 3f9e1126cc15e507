import { InputNumber, Space } from 'antd';

type ScoreRangeInputProps = {
  value?: [number | null, number | null];
  onChange?: (value: [number | null, number | null]) => void;
  /** 1 for R, 0.5 for FM = (F + M) / 2. */
  step: number;
  'aria-label': string;
  'data-testid'?: string;
};

/** An inclusive range of RFM scores 1–5: two numbers side by side. */
export const ScoreRangeInput = ({ value, onChange, step, ...rest }: ScoreRangeInputProps) => {
  const [from, to] = value ?? [null, null];
  return (
    <Space.Compact style={{ width: 150 }} data-testid={rest['data-testid']}>
      {([0, 1] as const).map((i) => (
        <InputNumber<number>
          key={i}
          min={1}
          max={5}
          step={step}
          value={i === 0 ? from : to}
          onChange={(n) => onChange?.(i === 0 ? [n, to] : [from, n])}
          aria-label={`${rest['aria-label']} ${i + 1}`}
          style={{ width: '50%' }}
        />
      ))}
    </Space.Compact>
  );
};
