import type { CustomerFormValues, RowIndex } from './customer-form-values';

/**
 * Where a server issue path belongs in the form: `body.phones.0.number` → ['phones', 2, 'number']
 * (row 2 when rows 0–1 were blank), `body.custom.vip_level` → ['custom', 'vip_level'].
 */
export const formNameOfIssue = (
  path: string,
  values: CustomerFormValues,
  rowIndex: RowIndex,
): (string | number)[] => {
  const parts = path.replace(/^body\./, '').split('.');
  const [head, position, sub] = parts;
  if ((head === 'phones' || head === 'emails' || head === 'addresses') && /^\d+$/.test(position ?? '')) {
    const row = rowIndex[head][Number(position)] ?? Number(position);
    const fallback = head === 'phones' ? 'number' : head === 'emails' ? 'address' : 'line1';
    const chinese = head === 'addresses' && values.addresses[row]?.country === 'CN';
    const field =
      chinese && ['province', 'city', 'district'].includes(sub ?? '') ? 'region' : (sub ?? fallback);
    return [head, row, field];
  }
  if (head === 'custom' && position) return ['custom', position];
  return [head ?? path];
};
