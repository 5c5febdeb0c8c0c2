/**
 * ddss/arbitraries: fast-check generators of valid and defective Vietnamese citizen data, for property tests
 * of code that reads such data. fast-check is a peer dependency of this entry point only.
 */
export { personalIdArb, cmndArb, personalIdDigits } from './personalId';
export type { PersonalIdArbOptions } from './personalId';
export { vnPhoneArb, legacyMobileArb } from './phone';
export type { VnPhoneArbOptions, PhoneFormat } from './phone';
export { vietnameseNameArb } from './names';
export type { VietnameseNameArbOptions } from './names';
export { civilDateArb, birthDateArb, dateTextArb, formatDateText, toCivilDate, DATE_TEXT_FORMATS } from './dates';
export type { BirthDateArbOptions, DateTextArbOptions, DateTextFormat, DayInput } from './dates';
export { currentAddressArb, legacyAddressArb, ADDRESS_STYLES } from './address';
export type { AddressArbOptions, AddressStyle, GeneratedAddress } from './address';
export { citizenRecordArb } from './citizenRecord';
export type { CitizenRecordArbOptions } from './citizenRecord';
export { CITIZEN_COLUMN_NAMES, withColumns } from './citizenColumns';
export type { CitizenColumns, CitizenField, CitizenRecord, CitizenRow } from './citizenColumns';
export { DEFECT_KINDS } from './defects';
export type { DefectKind } from './defects';
export { defectiveCitizenArb } from './defectiveCitizen';
export { labelledCitizens } from './labelledCitizens';
export type { LabelledCitizen, LabelledCitizensOptions } from './labelledCitizens';
