import { libphonenumberParse } from './libphonenumber';
import { CALLING_CODE as VIETNAM_CALLING_CODE } from './tables.generated';
import type { PhoneType } from './types';

/** What the reference library says about a text the fast path does not handle. */
export interface ReferenceReading {
  callingCode: string;
  nationalNumber: string;
  /** Filled only for foreign numbers: for +84 the compiled tables answer the same questions faster. */
  foreign: null | { valid: boolean; possible: boolean; e164: string; country: string | null; type: PhoneType | null };
}

const TYPE_NAMES: Readonly<Record<string, PhoneType>> = {
  FIXED_LINE: 'fixed-line',
  MOBILE: 'mobile',
  FIXED_LINE_OR_MOBILE: 'unknown',
  TOLL_FREE: 'toll-free',
  PREMIUM_RATE: 'premium-rate',
  SHARED_COST: 'shared-cost',
  VOIP: 'voip',
  PERSONAL_NUMBER: 'personal',
  PAGER: 'pager',
  UAN: 'uan',
  VOICEMAIL: 'voicemail',
};

/**
 * Maps a libphonenumber-js `getType()` value to a {@link PhoneType} (`FIXED_LINE_OR_MOBILE` → `unknown`).
 *
 * @example
 * phoneTypeFromLibphonenumber('TOLL_FREE'); // 'toll-free'
 * phoneTypeFromLibphonenumber(undefined); // null
 */
export function phoneTypeFromLibphonenumber(type: string | undefined): PhoneType | null {
  return type === undefined ? null : (TYPE_NAMES[type] ?? 'unknown');
}

/**
 * Parses `text` exactly as `isValidPhoneNumber(text, 'VN')` does (whole text, no extraction, default
 * country VN) and reports the pieces parsePhone needs; null when libphonenumber-js finds no number.
 * The slow, general path: foreign numbers and unusual characters only. The first call loads libphonenumber-js
 * (see ./libphonenumber.ts): processes that only ever see plain Vietnamese numbers never load it.
 *
 * @example
 * referenceParse('+1 202 555 0123')?.country; // 'US'
 */
export function referenceParse(text: string): ReferenceReading | null {
  // libphonenumber-js reports a text it cannot read by throwing a ParseError, which it catches itself; capturing that
  // error's stack trace was a third of the time of a record whose phone needs the library (`0912.345.678;`).
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let parsed: ReturnType<ReturnType<typeof libphonenumberParse>>;
  try {
    parsed = libphonenumberParse()(text, { defaultCountry: 'VN', extract: false });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (!parsed) return null;
  if (parsed.countryCallingCode === VIETNAM_CALLING_CODE) {
    return { callingCode: parsed.countryCallingCode, nationalNumber: parsed.nationalNumber, foreign: null };
  }
  const valid = parsed.isValid();
  return {
    callingCode: parsed.countryCallingCode,
    nationalNumber: parsed.nationalNumber,
    foreign: {
      valid,
      possible: parsed.isPossible(),
      e164: parsed.number,
      country: parsed.country ?? null,
      type: valid ? phoneTypeFromLibphonenumber(parsed.getType()) : null,
    },
  };
}
