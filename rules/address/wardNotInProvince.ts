import { defineRule } from '../../src/core';
import type { ParsedAddress } from '../../src/vn/address';
import { hasValue } from '../fieldTypes';
import { hasProblem } from './shared';

// Administrative units nest (Constitution 2013, art. 110, as amended 2025): a ward belongs to exactly one province.
export const addressWardNotInProvince = defineRule({
  id: 'address.ward-not-in-province',
  dimension: 'correct',
  severity: 'error',
  fields: ['address'],
  title: { vi: 'Xã/phường không thuộc tỉnh đã ghi', en: 'Ward not in the province written' },
  messages: {
    default: {
      vi: (p) => `Không có xã/phường nào tên như vậy thuộc ${p.province}`,
      en: (p) => `No ward of that name belongs to ${p.province}`,
    },
  },
  check(ctx) {
    const address = ctx.parsed<ParsedAddress>('address');
    if (!hasValue(address) || !hasProblem(address, 'ward-not-in-province')) return null;
    return { params: { province: address.province?.fullName ?? '?' } };
  },
});
