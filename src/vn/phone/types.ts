/**
 * Number types as libphonenumber-js (max metadata) names them, in kebab case.
 * `unknown` is used for a valid number whose type libphonenumber-js cannot tell apart
 * (its `FIXED_LINE_OR_MOBILE`, which never happens for +84 but does for e.g. +1).
 */
export type PhoneType =
  | 'mobile'
  | 'fixed-line'
  | 'toll-free'
  | 'premium-rate'
  | 'voip'
  | 'uan'
  | 'pager'
  | 'shared-cost'
  | 'personal'
  | 'voicemail'
  | 'unknown';

/** How an out-of-date Vietnamese number was written, and the number that replaced it. */
export interface LegacyPhone {
  /**
   * `mobile-11-digit`: a pre-2018 `01xx` mobile prefix (MIC Decision 798/QĐ-BTTTT, 2018).
   * `landline-area-code`: a pre-2017 area code (MIC Decision 2036/QĐ-BTTTT, 2016; Circular 22/2014/TT-BTTTT).
   */
  kind: 'mobile-11-digit' | 'landline-area-code';
  /** E.164 of today's number; always valid per libphonenumber-js. */
  current: string;
}

/** What {@link parsePhone} learned about one written phone number. */
export interface PhoneParse {
  /** Exactly `isValidPhoneNumber(text, 'VN')` of libphonenumber-js/max. */
  valid: boolean;
  /** `+84912345678`; non-null exactly when libphonenumber-js parses the text to a possible number (right length). */
  e164: string | null;
  /** The number as dialled inside Vietnam (`0912345678`, `18001234`); null when `e164` is null or the number is foreign. */
  national: string | null;
  /** Number type from the max metadata; null unless `valid`. */
  type: PhoneType | null;
  /**
   * The network the number range was allocated to (Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile, Itelecom,
   * Reddi), for mobile numbers only. Subscribers may keep their number when changing network (since 16 Nov 2018,
   * Circular 35/2017/TT-BTTTT, now Circular 09/2025/TT-BKHCN), so this is the original network, not necessarily
   * the current one.
   */
  carrier: string | null;
  /** Set when the text is a pre-2017 landline or pre-2018 11-digit mobile number; `current` is what to dial today. */
  legacy: LegacyPhone | null;
  /** ISO 3166 region of the parsed number (`VN`, or e.g. `US` for `+1 202 555 0123`); null when `e164` is null. */
  country: string | null;
}
