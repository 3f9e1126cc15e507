import { describe, expect, it } from 'vitest';
import { formatAddress } from './format-address';

describe('formatAddress', () => {
  it('writes a Chinese address from province down, naming a municipality once', () => {
    expect(
      formatAddress(
        { country: 'CN', province: '北京市', city: '北京市', district: '朝阳区', line1: '建国路 1 号' },
        'zh-CN',
      ),
    ).toBe('北京市朝阳区 建国路 1 号');
  });

  it('writes an international address from street up to the country, named in the language', () => {
    expect(
      formatAddress(
        { country: 'US', province: 'CA', city: 'San Francisco', line1: '1 Market St', postcode: '94105' },
        'en',
      ),
    ).toBe('1 Market St, San Francisco, CA, 94105, United States');
  });
});
