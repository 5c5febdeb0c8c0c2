import { defineRule } from '../../src/core';
import type { ParsedAddress } from '../../src/vn/address';
import { hasValue } from '../fieldTypes';
import { hasProblem } from './shared';

// Data-quality check: a residence is registered in a commune-level unit (xã, phường, đặc khu), so an address without one cannot be placed.
export const addressWardMissing = defineRule({
  id: 'address.ward-missing',
  dimension: 'complete',
  severity: 'error',
  fields: ['address'],
  title: { vi: 'Địa chỉ thiếu xã/phường', en: 'Address lacks the ward or commune' },
  messages: {
    default: {
      vi: () => 'Địa chỉ không ghi xã, phường hoặc đặc khu',
      en: () => 'The address names no ward, commune or special zone',
    },
  },
  check(ctx) {
    const address = ctx.parsed<ParsedAddress>('address');
    if (!hasValue(address) || hasProblem(address, 'unrecognised')) return null;
    // A ward that was written but belongs elsewhere is address.ward-not-in-province or address.district-ward-mismatch
    // (an unknown one, address.ward-unknown), not a missing ward.
    if (hasProblem(address, 'ward-not-in-province') || hasProblem(address, 'district-ward-mismatch')) return null;
    return hasProblem(address, 'ward-missing') ? {} : null;
  },
});
