export { parsePersonalId } from './parsePersonalId';
export type { PersonalIdParse, PersonalIdNumber, IdentityCardNumber, PersonalIdProblem, Sex } from './parsePersonalId';
export { cardExpiry, issuedCardExpiry, isCardExpired, CARD_RENEWAL_AGES, UNDER_14_CARDS_FROM, CMND_VALID_UNTIL, CCCD_CARDS_FROM, CMND_VALIDITY_YEARS } from './cardExpiry';
export type { CardExpiry, IssuedCardExpiry } from './cardExpiry';
export { ID_PROVINCE_NAMES, ID_PROVINCE_CODES, isIdProvinceCode } from './provinceCodes';
export { isPlaceholderDigits } from './placeholder';
