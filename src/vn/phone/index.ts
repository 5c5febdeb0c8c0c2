export { parsePhone } from './parsePhone';
export { normalizePhoneDigits } from './normalizePhoneDigits';
export { originalCarrierOf, CARRIER_PREFIXES, VIETNAMESE_CARRIERS } from './carriers';
export type { VietnameseCarrier } from './carriers';
export { currentMobileNumber, LEGACY_MOBILE_CODES } from './legacyMobile';
export { currentLandlineNumber, LEGACY_AREA_CODES } from './legacyLandline';
export { isValidNationalNumber } from './numberTable';
export { CALLING_CODE, MIN_NSN_LENGTH, MAX_NSN_LENGTH } from './tables.generated';
export type { PhoneParse, PhoneType, LegacyPhone } from './types';
