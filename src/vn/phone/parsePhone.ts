import { originalCarrierOf } from './carriers';
import { currentLandlineNumber } from './legacyLandline';
import { currentMobileNumber } from './legacyMobile';
import { SLOT_NATIONAL_PATTERN, SLOT_NO_TRUNK_PREFIX, slotOf, slotOfCodes, slotType } from './numberTable';
import { SCAN_ASK_LIBRARY, SCAN_NOT_A_NUMBER, scanned, scannedDigitsFrom, scanPhoneText } from './phoneText';
import { referenceParse } from './referenceParse';
import { CALLING_CODE, MAX_NSN_LENGTH, MIN_NSN_LENGTH, NATIONAL_PREFIX } from './tables.generated';
import type { LegacyPhone, PhoneParse } from './types';

// libphonenumber-js reads at most 250 characters (parse.js); longer texts are left to it.
const MAX_INPUT_LENGTH = 250;
const ZERO = 0x30;
const EIGHT = 0x38;
// The two digits of the calling code (84), compared as bytes on the hot path.
const CC_FIRST = CALLING_CODE.charCodeAt(0);
const CC_SECOND = CALLING_CODE.charCodeAt(1);

/** Where the digits say the number is not Vietnamese: only libphonenumber-js knows other plans. */
const FOREIGN = -1;
/** libphonenumber-js finds no number at all (e.g. `+0…`). */
const NOT_A_NUMBER = -2;

function nothing(): PhoneParse {
  return { valid: false, e164: null, national: null, type: null, carrier: null, legacy: null, country: null };
}

/** The scanned digits at `at` are the calling code 84. */
function callingCodeAt(d: Uint8Array, count: number, at: number): boolean {
  return at + 1 < count && d[at] === CC_FIRST && d[at + 1] === CC_SECOND;
}

/**
 * Mirrors libphonenumber-js's handling of the calling code for default country VN
 * (helpers/extractCountryCallingCode.js and …WithoutPlusSign.js) on the scanned digits: returns the
 * index where the national part starts (trunk prefix not yet removed), or FOREIGN / NOT_A_NUMBER.
 */
function nationalPartStart(d: Uint8Array, count: number, plus: boolean): number {
  let international = plus ? 0 : -1;
  // An IDD prefix (00) turns the rest into an international number, unless a 0 follows it.
  if (!plus && count > 2 && d[0] === ZERO && d[1] === ZERO && d[2] !== ZERO) international = 2;
  if (international >= 0) {
    if (d[international] === ZERO) return NOT_A_NUMBER;
    return callingCodeAt(d, count, international) ? international + CALLING_CODE.length : FOREIGN;
  }
  // "84…" without + is read as international when the whole is not a national number but the rest is,
  // or when the whole is too long to be national.
  if (callingCodeAt(d, count, 0)) {
    const shorter = withoutTrunkPrefix(d, count, CALLING_CODE.length);
    const wholeFits = (slotOfCodes(d, 0, count) & SLOT_NATIONAL_PATTERN) !== 0;
    const shorterFits = (slotOfCodes(d, shorter, count - shorter) & SLOT_NATIONAL_PATTERN) !== 0;
    if ((!wholeFits && shorterFits) || count > MAX_NSN_LENGTH) return CALLING_CODE.length;
  }
  return 0;
}

/** libphonenumber-js strips one trunk 0 when what remains is not too short (helpers/extractNationalNumber.js). */
function withoutTrunkPrefix(d: Uint8Array, count: number, from: number): number {
  return d[from] === ZERO && count - from - 1 >= MIN_NSN_LENGTH ? from + 1 : from;
}

/** Builds the result for a Vietnamese national significant number whose validity is already known. */
function describeVietnamese(nsn: string, slot: number, valid: boolean, writtenAsOldHcmLandline: boolean): PhoneParse {
  if (nsn.length < MIN_NSN_LENGTH || nsn.length > MAX_NSN_LENGTH) {
    return nothing();
  }
  const type = valid ? slotType(slot) : null;
  let legacy: LegacyPhone | null = null;
  let carrier: string | null = type === 'mobile' ? originalCarrierOf(nsn) : null;
  if (!valid) {
    const mobile = currentMobileNumber(nsn);
    if (mobile !== null) {
      legacy = { kind: 'mobile-11-digit', current: `+${CALLING_CODE}${mobile}` };
      carrier = originalCarrierOf(mobile);
    } else {
      const landline = currentLandlineNumber(nsn);
      if (landline !== null) legacy = { kind: 'landline-area-code', current: `+${CALLING_CODE}${landline}` };
    }
  } else if (writtenAsOldHcmLandline) {
    const landline = currentLandlineNumber(nsn);
    if (landline !== null) legacy = { kind: 'landline-area-code', current: `+${CALLING_CODE}${landline}` };
  }
  return {
    valid,
    e164: `+${CALLING_CODE}${nsn}`,
    national: valid && (slot & SLOT_NO_TRUNK_PREFIX) !== 0 ? nsn : NATIONAL_PREFIX + nsn,
    type,
    carrier,
    legacy,
    country: 'VN',
  };
}

/** The slow path: whatever libphonenumber-js makes of the text. */
function parseWithReference(text: string): PhoneParse {
  const reading = referenceParse(text);
  if (reading === null) return nothing();
  const foreign = reading.foreign;
  if (foreign === null) {
    const slot = slotOf(reading.nationalNumber);
    return describeVietnamese(reading.nationalNumber, slot, slotType(slot) !== null, false);
  }
  if (!foreign.possible) return foreign.valid ? { ...nothing(), valid: true } : nothing();
  return {
    valid: foreign.valid,
    e164: foreign.e164,
    national: null,
    type: foreign.type,
    carrier: null,
    legacy: null,
    country: foreign.country,
  };
}

/**
 * Parses a phone number as people write it in Vietnamese records — `0912 345 678`, `+84 91 234 5678`,
 * `84912345678`, `0084…`, `(028) 3829 1234`, `1800 1234`, with dots, dashes, NBSP or full-width digits —
 * and says whether it is valid, its canonical forms, type, original network and, for numbers from before
 * the 2017 area-code and 2018 mobile-prefix conversions, today's number.
 *
 * `valid` is exactly libphonenumber-js/max `isValidPhoneNumber(text, 'VN')`, including its strictness:
 * the whole text must be the number (no labels, `+` only as the first character). Vietnamese numbers are
 * answered from tables compiled from the same metadata (30–50× faster, bench/phone.ts); other texts go to
 * libphonenumber-js. Foreign numbers (`+1 202 555 0123`) come back with their own `country` and no `national`.
 *
 * Legacy forms: an 11-digit mobile (`0168 123 4567`) or a pre-2017 landline (`04 3825 1234`) is not valid
 * today and gets `legacy.current`. An old number whose digits are also a valid number today is read as
 * today's number (e.g. `031 3842 123`, once Hải Phòng, is in Viettel's 03x mobile range now), except the old TP.HCM form written with
 * `08` as its own group (`(08) 3829 1234`): it stays `valid` (as a VinaPhone 083 mobile, per libphonenumber)
 * but also carries the 028 landline in `legacy`.
 *
 * @example
 * parsePhone('0912 345 678');
 * // { valid: true, e164: '+84912345678', national: '0912345678', type: 'mobile', carrier: 'VinaPhone', legacy: null, country: 'VN' }
 * parsePhone('0168.123.4567').legacy; // { kind: 'mobile-11-digit', current: '+84381234567' }
 * parsePhone('(024) 3825 1234').type; // 'fixed-line'
 */
export function parsePhone(text: string): PhoneParse {
  if (typeof text !== 'string') return nothing();
  if (text.length > MAX_INPUT_LENGTH) return parseWithReference(text);
  const scan = scanPhoneText(text);
  if (scan === SCAN_NOT_A_NUMBER) return nothing();
  if (scan === SCAN_ASK_LIBRARY) return parseWithReference(text);
  const { digits, count, plus, firstGroup } = scanned;
  const start = nationalPartStart(digits, count, plus);
  if (start === FOREIGN) return parseWithReference(text);
  if (start === NOT_A_NUMBER) return nothing();
  const nsnStart = withoutTrunkPrefix(digits, count, start);
  const nsnLength = count - nsnStart;
  // Outside the possible lengths libphonenumber-js may still parse, but never to a valid or possible number.
  if (nsnLength < MIN_NSN_LENGTH || nsnLength > MAX_NSN_LENGTH) return nothing();
  const slot = slotOfCodes(digits, nsnStart, nsnLength);
  const valid = slotType(slot) !== null;
  // The only old form that collides with valid numbers and is still recognisable: "08" written apart.
  const oldHcm = valid && start === 0 && nsnStart === 1 && firstGroup === 2 && nsnLength === 9 && digits[1] === EIGHT;
  const nsn = scannedDigitsFrom(nsnStart);
  return describeVietnamese(nsn, slot, valid, oldHcm);
}
