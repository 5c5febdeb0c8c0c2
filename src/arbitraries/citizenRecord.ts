import fc from 'fast-check';
import { addDays } from './dayArithmetic';
import { anniversary, compareDates, type CivilDate } from '../vn/dates';
import { cardExpiry, ID_PROVINCE_CODES, UNDER_14_CARDS_FROM, type Sex } from '../vn/id';
import { currentAddressArb, type GeneratedAddress } from './address';
import { withColumns, type CitizenColumns, type CitizenRecord, type CitizenRow } from './citizenColumns';
import { birthDateArb, DATE_TEXT_FORMATS, formatDateText, toCivilDate, type DateTextFormat, type DayInput } from './dates';
import { vietnameseNameArb } from './names';
import { personalIdDigits } from './personalId';
import { vnPhoneArb } from './phone';

/** A valid record and the facts it was built from, for defects that must stay consistent with them. */
export interface CitizenDraft {
  record: CitizenRecord;
  asOf: CivilDate;
  born: CivilDate;
  sex: Sex;
  issued: CivilDate;
  address: GeneratedAddress;
  dateFormat: DateTextFormat;
}

export interface CitizenRecordArbOptions<C extends CitizenColumns = 'vietnamese'> {
  /** The day the record must be valid on (records are judged as of a day, never the wall clock). */
  asOf: DayInput;
  /** Column names: Vietnamese (default), English, or the profile's field names. */
  columns?: C;
  /** How dates are written; default: any of the formats `parseDate` reads, one per record. */
  dateFormats?: readonly DateTextFormat[];
}

/**
 * The day a valid card was issued: at most ~2 years before `asOf`, not before the holder was 14 and,
 * if the card has expired by `asOf`, re-issued on the renewal day it expired (Law on Identification 2023,
 * art. 21: renew at 14, 25, 40 and 60).
 */
function validIssueDate(born: CivilDate, asOf: CivilDate, daysAgo: number): CivilDate {
  let issued = addDays(asOf, -daysAgo);
  const fourteen = anniversary(born, 14);
  // Cards for children under 14 exist only from 1 July 2024 (Law on Identification 2023, art. 19(3)).
  const earliest = compareDates(fourteen, asOf) <= 0 ? fourteen : compareDates(born, UNDER_14_CARDS_FROM) > 0 ? born : UNDER_14_CARDS_FROM;
  if (compareDates(issued, earliest) < 0) issued = earliest;
  const { expiresOn } = cardExpiry(born, issued);
  if (expiresOn !== null && compareDates(asOf, expiresOn) >= 0) issued = expiresOn;
  return issued;
}

/**
 * Valid citizen records with their facts: internal to the record and defect generators.
 *
 * @example fc.sample(citizenDraftArb(toCivilDate('2026-11-01'), DATE_TEXT_FORMATS), 1)[0].record.personalId
 */
export function citizenDraftArb(asOf: CivilDate, dateFormats: readonly DateTextFormat[]): fc.Arbitrary<CitizenDraft> {
  return fc
    .record({
      id: fc.integer({ min: 1, max: 99_999_999 }),
      sex: fc.constantFrom<Sex>('male', 'female'),
      // 14 or older: everyone in the record holds a card (Law on Identification 2023, art. 19(1)).
      born: birthDateArb({ minAge: 14, maxAge: 95, asOf }),
      serial: fc.integer({ min: 1, max: 999_998 }).map((n) => String(n).padStart(6, '0')),
      province: fc.constantFrom(...ID_PROVINCE_CODES),
      phone: fc.oneof({ weight: 6, arbitrary: vnPhoneArb({ type: 'mobile' }) }, { weight: 1, arbitrary: vnPhoneArb({ type: 'fixed-line' }) }),
      address: currentAddressArb(),
      issuedDaysAgo: fc.integer({ min: 0, max: 700 }),
      // Under the 2-year staleness threshold of the citizen profile.
      updatedDaysAgo: fc.integer({ min: 0, max: 600 }),
      dateFormat: fc.constantFrom(...dateFormats),
    })
    .chain((r) => vietnameseNameArb({ sex: r.sex }).map((fullName) => ({ ...r, fullName })))
    .map((r) => {
      const issued = validIssueDate(r.born, asOf, r.issuedDaysAgo);
      const record: CitizenRecord = {
        recordId: `HS${String(r.id).padStart(8, '0')}`,
        personalId: personalIdDigits(r.province, r.born.year, r.sex, r.serial),
        fullName: r.fullName,
        dateOfBirth: formatDateText(r.born, r.dateFormat),
        sex: r.sex === 'female' ? 'Nữ' : 'Nam',
        phone: r.phone,
        address: r.address.text,
        idIssueDate: formatDateText(issued, r.dateFormat),
        updatedAt: formatDateText(addDays(asOf, -r.updatedDaysAgo), r.dateFormat),
      };
      return { record, asOf, born: r.born, sex: r.sex, issued, address: r.address, dateFormat: r.dateFormat };
    });
}

/**
 * Valid citizen records: `validateRecord(record, 'citizen', { asOf })` finds no error and no warning in them
 * (at most an `info` suggestion, such as writing the phone in E.164). ID, birth date and sex agree; the card
 * is valid on `asOf`; the address is a real ward of today's units; the record was updated within two years.
 *
 * @example
 * fc.assert(fc.property(citizenRecordArb({ asOf: '2026-01-01' }), (row) =>
 *   validateRecord(row, 'citizen', { asOf: '2026-01-01' }).verdict === 'pass'));
 */
export function citizenRecordArb<C extends CitizenColumns = 'vietnamese'>(options: CitizenRecordArbOptions<C>): fc.Arbitrary<CitizenRow<C>> {
  const columns = (options.columns ?? 'vietnamese') as C;
  return citizenDraftArb(toCivilDate(options.asOf), options.dateFormats ?? DATE_TEXT_FORMATS).map((d) => withColumns(d.record, columns));
}
