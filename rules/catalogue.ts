import type { Catalogue, DatasetCheck, Grouping, Rule } from '../src/core';
import { isPlaceholderValue } from '../src/vn/person';
import { addressDistrictWardMismatch } from './address/districtWardMismatch';
import { addressLegacyUnits } from './address/legacyUnits';
import { addressProvinceMissing } from './address/provinceMissing';
import { addressStreetMissing } from './address/streetMissing';
import { addressUnrecognised } from './address/unrecognised';
import { addressWardMissing } from './address/wardMissing';
import { addressWardNotInProvince } from './address/wardNotInProvince';
import { addressWardUnknown } from './address/wardUnknown';
import { cardExpired } from './card/expired';
import { cardIssuedBeforeBirth } from './card/issuedBeforeBirth';
import { cardIssuedInFuture } from './card/issuedInFuture';
import { cardIssuedUnderage } from './card/issuedUnderage';
import { normalizeColumnName } from './columns';
import { birthInFuture } from './dates/birthInFuture';
import { birthTooLongAgo } from './dates/birthTooLongAgo';
import { dateInvalid } from './dates/dateInvalid';
import { duplicateId } from './dataset/duplicateId';
import { nearDuplicate } from './dataset/nearDuplicate';
import { sharedPhone } from './dataset/sharedPhone';
import { FIELD_TYPES } from './fieldTypes';
import { byProvince } from './groupings/province';
import { fieldConflict } from './fields/fieldConflict';
import { fieldMissing } from './fields/fieldMissing';
import { fieldPlaceholder } from './fields/fieldPlaceholder';
import { legacyCmnd } from './id/legacyCmnd';
import { personalIdBirthYear } from './id/personalIdBirthYear';
import { personalIdFormat } from './id/personalIdFormat';
import { personalIdPlaceholder } from './id/personalIdPlaceholder';
import { personalIdProvince } from './id/personalIdProvince';
import { personalIdSeparators } from './id/personalIdSeparators';
import { personalIdSexDigit } from './id/personalIdSexDigit';
import { nameCharacters } from './name/nameCharacters';
import { nameLowercase } from './name/nameLowercase';
import { nameWhitespace } from './name/nameWhitespace';
import { phoneFormat } from './phone/phoneFormat';
import { phoneInvalid } from './phone/phoneInvalid';
import { phoneLegacy } from './phone/phoneLegacy';
import { recordStale } from './record/stale';
import { recordUpdatedInFuture } from './record/updatedInFuture';
import { sexUnrecognised } from './sex/sexUnrecognised';
import { legacyEncoding } from './text/legacyEncoding';
import { textNotNfc } from './text/textNotNfc';

/** Every rule ddss ships, in the order reports list their issues. */
export const RULES: readonly Rule[] = Object.freeze([
  // complete
  fieldMissing,
  fieldPlaceholder,
  addressWardMissing,
  addressProvinceMissing,
  addressStreetMissing,
  // correct
  fieldConflict,
  personalIdFormat,
  personalIdProvince,
  personalIdSexDigit,
  personalIdBirthYear,
  nameCharacters,
  dateInvalid,
  birthInFuture,
  birthTooLongAgo,
  cardIssuedBeforeBirth,
  cardIssuedUnderage,
  cardIssuedInFuture,
  recordUpdatedInFuture,
  sexUnrecognised,
  phoneInvalid,
  addressWardNotInProvince,
  addressDistrictWardMismatch,
  addressWardUnknown,
  addressUnrecognised,
  // clean
  personalIdPlaceholder,
  personalIdSeparators,
  nameWhitespace,
  nameLowercase,
  textNotNfc,
  legacyEncoding,
  phoneFormat,
  // live
  legacyCmnd,
  cardExpired,
  phoneLegacy,
  recordStale,
  addressLegacyUnits,
]);

/** Every dataset-level check ddss ships (findings about several records together), in the order summaries list them. */
export const DATASET_CHECKS: readonly DatasetCheck[] = Object.freeze([duplicateId, sharedPhone, nearDuplicate]);

/** Every breakdown ddss keeps in summaries. */
export const GROUPINGS: readonly Grouping[] = Object.freeze([byProvince]);

/** The catalogue profiles compile against. */
export const CATALOGUE: Catalogue = Object.freeze({
  rules: new Map(RULES.map((r) => [r.id, r])),
  datasetChecks: new Map(DATASET_CHECKS.map((c) => [c.id, c])),
  groupings: GROUPINGS,
  fieldTypes: FIELD_TYPES,
  normalizeColumnName,
  isFiller: isPlaceholderValue,
});
