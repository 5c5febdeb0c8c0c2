import { z } from 'zod';
import { checkValue, fieldProfile, resolveFieldOptions, type FieldSchemaOptions } from './fieldCheck';

export interface VnAddressSchemaOptions extends FieldSchemaOptions {
  /** `current` (default): only today's two-tier units (since 1 July 2025, Resolution 202/2025/QH15); `any`: old units too. */
  era?: 'current' | 'any';
}

const ADDRESS_RULES = [
  'field.missing', 'field.placeholder', 'address.ward-missing', 'address.province-missing', 'address.street-missing',
  'address.ward-not-in-province', 'address.district-ward-mismatch', 'address.unrecognised', 'text.nfd', 'text.legacy-encoding',
];
// A ward in neither unit list is only a warning in an audit (it may predate them); a schema promises a real ward.
const UNKNOWN_WARD = { id: 'address.ward-unknown', severity: 'error' } as const;
const ANY_ERA = fieldProfile('address', 'address', [...ADDRESS_RULES, UNKNOWN_WARD]);
const CURRENT_ERA = fieldProfile('address', 'address', [...ADDRESS_RULES, UNKNOWN_WARD, { id: 'address.legacy', severity: 'error' }]);

/**
 * An address that names a real ward of its province (and, for old addresses, of its district), read offline
 * from the unit tables; by default only today's units. Returned as written. With `warnings: true` also a
 * house number, street or hamlet and a written province are required.
 *
 * @example
 * vnAddress().parse('Số 12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh') // returned as is
 * vnAddress().safeParse('123 Nguyễn Trãi, P. Bến Thành, Q.1, TP.HCM').error?.issues[0]?.params?.rule // 'address.legacy'
 * @throws RangeError, when called, for a `lang` other than 'vi' or 'en'.
 */
export function vnAddress(options: VnAddressSchemaOptions = {}): z.ZodType<string, string> {
  const profile = options.era === 'any' ? ANY_ERA : CURRENT_ERA;
  const resolved = resolveFieldOptions(options);
  return z.string().superRefine((value, ctx) => checkValue(profile, value, ctx, resolved));
}
