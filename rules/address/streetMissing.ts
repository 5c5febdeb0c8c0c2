import { defineRule } from '../../src/core';
import type { ParsedAddress } from '../../src/vn/address';
import { hasValue } from '../fieldTypes';

// Data-quality check: below the ward an address gives the house number and street, or the hamlet (thôn, ấp, bản, tổ dân phố …).
export const addressStreetMissing = defineRule({
  id: 'address.street-missing',
  dimension: 'complete',
  severity: 'warning',
  fields: ['address'],
  title: { vi: 'Địa chỉ thiếu số nhà/đường hoặc thôn/ấp', en: 'Address lacks house number/street or hamlet' },
  messages: {
    default: {
      vi: () => 'Địa chỉ không có số nhà, tên đường hay thôn, ấp, bản, xóm, tổ dân phố',
      en: () => 'The address has no house number, street, or hamlet (thôn, ấp, bản, xóm, tổ dân phố)',
    },
  },
  check(ctx) {
    const address = ctx.parsed<ParsedAddress>('address');
    if (!hasValue(address) || address.problems.includes('unrecognised')) return null;
    return address.hasStreetOrHamlet ? null : {};
  },
});
