import type { AddressEntry } from '../../../../shared/contracts/customers';

type Address = Partial<Omit<AddressEntry, 'primary' | 'label'>>;

const countryName = (code: string, language: string): string => {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/**
 * One line per address the way its country writes it: Chinese addresses run from province down
 * (广东省深圳市南山区 科技园路 1 号), others from street up to country.
 */
export const formatAddress = (address: Address, language: string): string => {
  const country = address.country ?? 'CN';
  if (country === 'CN') {
    const region = [address.province, address.city, address.district]
      // Municipalities repeat themselves as province and city (北京市北京市): say it once.
      .filter((part, index, parts) => part && parts.indexOf(part) === index)
      .join('');
    return [region, address.line1, address.line2, address.postcode].filter(Boolean).join(' ');
  }
  const place = [address.city, address.province, address.postcode].filter(Boolean).join(', ');
  return [address.line1, address.line2, place, countryName(country, language)].filter(Boolean).join(', ');
};
