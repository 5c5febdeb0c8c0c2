import { defineRule, type Finding } from '../../src/core';
import { convertAddress, type ParsedAddress } from '../../src/vn/address';
import { hasValue } from '../fieldTypes';
import { formatAddress } from './shared';

// Resolution 202/2025/QH15 and the NA Standing Committee's 2025 resolutions: from 1 July 2025, 34 provinces, wards directly under them, no districts.
export const addressLegacyUnits = defineRule({
  id: 'address.legacy',
  dimension: 'live',
  severity: 'warning',
  fields: ['address'],
  title: { vi: 'Địa chỉ theo đơn vị hành chính cũ (trước 1/7/2025)', en: 'Address in pre-July-2025 administrative units' },
  messages: {
    default: {
      vi: (p) => `Địa chỉ dùng đơn vị hành chính trước ngày 1/7/2025; địa chỉ mới: ${p.current}`,
      en: (p) => `The address uses units from before 1 July 2025; the current address is ${p.current}`,
    },
    divided: {
      vi: (p) => `Địa chỉ dùng đơn vị hành chính trước ngày 1/7/2025; xã/phường cũ đã chia cho ${p.count} xã/phường mới: ${p.candidates}`,
      en: (p) => `The address uses units from before 1 July 2025; the old ward was divided among ${p.count} current wards: ${p.candidates}`,
    },
    unmapped: {
      vi: () => 'Địa chỉ dùng đơn vị hành chính trước ngày 1/7/2025',
      en: () => 'The address uses units from before 1 July 2025',
    },
  },
  check(ctx): Finding | null {
    const address = ctx.parsed<ParsedAddress>('address');
    if (!hasValue(address) || address.era !== 'legacy') return null;
    const converted = convertAddress(address);
    if (converted.ward && converted.province) {
      const current = formatAddress({ street: address.street, ward: converted.ward, province: converted.province });
      return { params: { current }, personal: { current: 'address' }, fix: current };
    }
    if (converted.candidates.length > 1) {
      return { message: 'divided', params: { count: converted.candidates.length, candidates: converted.candidates.map((c) => c.fullName).join(', ') } };
    }
    return { message: 'unmapped' };
  },
});
