import type { Grouping } from '../../src/core';
import { convertAddress, type ParsedAddress } from '../../src/vn/address';
import { hasValue } from '../fieldTypes';

/**
 * Records by the province they live in today: the current province (34 since 1 July 2025) of the address, so an
 * old-era address counts with the province its ward now belongs to and one province never shows under two names.
 * Records whose address names no recognisable province are unplaced.
 */
// Resolution 202/2025/QH15 (arrangement of provincial-level units): 63 provinces became 34 from 1 July 2025.
export const byProvince: Grouping = {
  id: 'province',
  title: { vi: 'Tỉnh/thành phố', en: 'Province' },
  fields: ['address'],
  key(ctx) {
    const address = ctx.parsed<ParsedAddress>('address');
    if (!hasValue(address)) return null;
    if (address.era === 'current') return address.province?.fullName ?? null;
    if (address.era !== 'legacy') return null;
    return convertAddress(address).province?.fullName ?? null;
  },
};
