import { defineRule } from '../../src/core';
import type { ParsedAddress } from '../../src/vn/address';
import { hasValue } from '../fieldTypes';
import { hasProblem } from './shared';

// Before 1 July 2025 units nested in three tiers (Law on Local Government 2015, art. 2): a ward belonged to one district.
export const addressDistrictWardMismatch = defineRule({
  id: 'address.district-ward-mismatch',
  dimension: 'correct',
  severity: 'error',
  fields: ['address'],
  title: { vi: 'Xã/phường không thuộc quận/huyện đã ghi', en: 'Ward not in the district written' },
  messages: {
    default: {
      vi: (p) => `Xã/phường không thuộc ${p.district}`,
      en: (p) => `The ward does not belong to ${p.district}`,
    },
  },
  check(ctx) {
    const address = ctx.parsed<ParsedAddress>('address');
    if (!hasValue(address) || !hasProblem(address, 'district-ward-mismatch')) return null;
    return { params: { district: address.district?.fullName ?? '?' } };
  },
});
