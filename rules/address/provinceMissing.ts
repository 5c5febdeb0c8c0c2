import { defineRule } from '../../src/core';
import type { ParsedAddress } from '../../src/vn/address';
import { hasValue } from '../fieldTypes';
import { hasProblem } from './shared';

// Data-quality check: without the province, wards of the same name in different provinces cannot be told apart.
export const addressProvinceMissing = defineRule({
  id: 'address.province-missing',
  dimension: 'complete',
  severity: 'warning',
  fields: ['address'],
  title: { vi: 'Địa chỉ thiếu tỉnh/thành phố', en: 'Address lacks the province' },
  messages: {
    default: {
      vi: () => 'Địa chỉ không ghi tỉnh hoặc thành phố trực thuộc trung ương',
      en: () => 'The address names no province or centrally-governed city',
    },
  },
  check(ctx) {
    const address = ctx.parsed<ParsedAddress>('address');
    if (!hasValue(address) || hasProblem(address, 'unrecognised')) return null;
    return hasProblem(address, 'province-missing') ? {} : null;
  },
});
