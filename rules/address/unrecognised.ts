import { defineRule } from '../../src/core';
import type { ParsedAddress } from '../../src/vn/address';
import { hasValue } from '../fieldTypes';
import { hasProblem } from './shared';

// Data-quality check against the General Statistics Office's unit list: an address naming no known unit cannot be placed.
export const addressUnrecognised = defineRule({
  id: 'address.unrecognised',
  dimension: 'correct',
  severity: 'warning',
  weight: 0.5,
  fields: ['address'],
  title: { vi: 'Không nhận ra đơn vị hành chính trong địa chỉ', en: 'No administrative unit recognised in the address' },
  messages: {
    default: {
      vi: () => 'Không nhận ra tỉnh, xã/phường nào trong địa chỉ (độ tin cậy thấp)',
      en: () => 'No province or ward could be recognised in the address (low confidence)',
    },
  },
  check(ctx) {
    const address = ctx.parsed<ParsedAddress>('address');
    return hasValue(address) && hasProblem(address, 'unrecognised') ? {} : null;
  },
});
