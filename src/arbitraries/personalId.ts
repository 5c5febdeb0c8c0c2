import fc from 'fast-check';
import { ID_PROVINCE_CODES, isIdProvinceCode, isPlaceholderDigits } from '../vn/id';
import type { Sex } from '../vn/id';

export interface PersonalIdArbOptions {
  /** One province code ('001' … '096') or several; default: any of the 63. */
  province?: string | readonly string[];
  /** Default: either. */
  sex?: Sex;
  /** One birth year, or a range; default 1920–2025. */
  birthYear?: number | { min: number; max: number };
}

/**
 * The 12 digits of a personal ID for a person born in `birthYear` with the given sex.
 * Decree 137/2015/NĐ-CP, art. 13: 3 digits province, 1 digit century and sex (0/1 = 1900s male/female,
 * 2/3 = 2000s, …), 2 digits year of birth, 6 serial digits.
 *
 * @example personalIdDigits('001', 1999, 'male', '012345') // '001099012345'
 */
export function personalIdDigits(province: string, birthYear: number, sex: Sex, serial: string): string {
  const century = Math.floor((birthYear - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
  return `${province}${century}${String(birthYear % 100).padStart(2, '0')}${serial}`;
}

function provincesOf(option: PersonalIdArbOptions['province']): readonly string[] {
  if (option === undefined) return ID_PROVINCE_CODES;
  const list = typeof option === 'string' ? [option] : option;
  const bad = list.filter((code) => !isIdProvinceCode(code));
  if (list.length === 0 || bad.length > 0) throw new RangeError(`not an ID province code: ${bad.join(', ') || '(none given)'}`);
  return list;
}

/**
 * Valid 12-digit personal ID numbers (số định danh cá nhân): a real province code (Circular 07/2016/TT-BCA),
 * a century/sex digit and year that agree with the options, and a serial; never a placeholder such as 000000000000.
 *
 * @example
 * fc.assert(fc.property(personalIdArb({ sex: 'female', birthYear: 1990 }), (id) => parsePersonalId(id).ok));
 * fc.sample(personalIdArb({ province: '079' }), 1) // ['079185004217']
 */
export function personalIdArb(options: PersonalIdArbOptions = {}): fc.Arbitrary<string> {
  const provinces = provincesOf(options.province);
  const years = typeof options.birthYear === 'number' ? { min: options.birthYear, max: options.birthYear } : (options.birthYear ?? { min: 1920, max: 2025 });
  // The century digit runs 0–9: 1900 to 2399 (Decree 137/2015/NĐ-CP, art. 13).
  if (years.min < 1900 || years.max > 2399 || years.min > years.max) throw new RangeError('birthYear must lie within 1900–2399');
  return fc
    .record({
      province: fc.constantFrom(...provinces),
      year: fc.integer(years),
      sex: options.sex === undefined ? fc.constantFrom<Sex>('male', 'female') : fc.constant(options.sex),
      serial: fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')),
    })
    .map((r) => personalIdDigits(r.province, r.year, r.sex, r.serial))
    .filter((digits) => !isPlaceholderDigits(digits));
}

/**
 * Legacy 9-digit identity card numbers (chứng minh nhân dân, Decree 05/1999/NĐ-CP), never a placeholder.
 * They still parse, but the `id.cmnd` rule flags them: CMND cards lapsed at the end of 2024 (Law on Identification 2023, art. 46(2)).
 *
 * @example fc.sample(cmndArb(), 1) // ['025318764']
 */
export function cmndArb(): fc.Arbitrary<string> {
  return fc
    .integer({ min: 10_000_000, max: 399_999_999 })
    .map((n) => String(n).padStart(9, '0'))
    .filter((digits) => !isPlaceholderDigits(digits));
}
