import { defineRule } from '../../src/core';
import type { ParsedAddress } from '../../src/vn/address';
import { hasValue } from '../fieldTypes';
import { hasProblem } from './shared';

// Data-quality check against the General Statistics Office's unit lists (March 2025 and current): a ward that is in neither cannot be placed; it may predate them (mergers of 2019–2025) or be misspelt.
export const addressWardUnknown = defineRule({
  id: 'address.ward-unknown',
  dimension: 'correct',
  severity: 'warning',
  fields: ['address'],
  title: { vi: 'Xã/phường không có trong danh mục', en: 'Ward not in the unit lists' },
  messages: {
    default: {
      vi: (p) => `Không tìm thấy "${p.ward}" trong danh mục xã/phường hiện hành hay trước ngày 1/7/2025: có thể đã sáp nhập từ trước hoặc viết sai`,
      en: (p) => `"${p.ward}" is in neither the current ward list nor the one before 1 July 2025: it may have been merged earlier, or be misspelt`,
    },
  },
  check(ctx) {
    const address = ctx.parsed<ParsedAddress>('address');
    if (!hasValue(address) || !hasProblem(address, 'ward-unknown')) return null;
    return { params: { ward: address.unknownWard ?? '' } };
  },
});
