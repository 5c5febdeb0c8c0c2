import type { CivilDate } from './civilDate';
import { civilFromDays, daysFromCivil } from './dayNumber';

// Basis: Microsoft, "Excel incorrectly assumes that the year 1900 is a leap year" (KB 214326): in the 1900
// date system serial 1 is 1900-01-01 and serial 60 is the non-existent 29 February 1900.

/** Day number (days since 1970-01-01) of 1899-12-30: serial 61 and above count from here. */
const EPOCH_AFTER_LEAP_BUG = daysFromCivil({ year: 1899, month: 12, day: 30 });
/** Serials 1–59 count from 1899-12-31 (they come before Excel's phantom day). */
const EPOCH_BEFORE_LEAP_BUG = EPOCH_AFTER_LEAP_BUG + 1;

/** The phantom 29 February 1900 that Excel numbers but no calendar has. */
export const EXCEL_PHANTOM_LEAP_DAY = 60;
/** Serial of 9999-12-31, the last day Excel can show. */
export const EXCEL_MAX_SERIAL = 2958465;

/**
 * The calendar date of a whole Excel serial in the 1900 date system; `null` for serial 60 (29/02/1900, which
 * does not exist), for serials below 1 or above 9999-12-31, and for non-integers.
 *
 * @example excelSerialToDate(1) // { year: 1900, month: 1, day: 1 }
 * @example excelSerialToDate(61) // { year: 1900, month: 3, day: 1 }
 * @example excelSerialToDate(45474) // { year: 2024, month: 7, day: 1 }
 */
export function excelSerialToDate(serial: number): CivilDate | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > EXCEL_MAX_SERIAL || serial === EXCEL_PHANTOM_LEAP_DAY) return null;
  return civilFromDays(serial + (serial < EXCEL_PHANTOM_LEAP_DAY ? EPOCH_BEFORE_LEAP_BUG : EPOCH_AFTER_LEAP_BUG));
}

/**
 * The Excel serial (1900 date system) of a date from 1900-01-01 to 9999-12-31; `null` outside that range.
 *
 * @example dateToExcelSerial({ year: 1900, month: 3, day: 1 }) // 61
 */
export function dateToExcelSerial(date: CivilDate): number | null {
  const days = daysFromCivil(date);
  const beforeLeapBug = days - EPOCH_BEFORE_LEAP_BUG;
  if (beforeLeapBug >= 1 && beforeLeapBug < EXCEL_PHANTOM_LEAP_DAY) return beforeLeapBug;
  const serial = days - EPOCH_AFTER_LEAP_BUG;
  return serial > EXCEL_PHANTOM_LEAP_DAY && serial <= EXCEL_MAX_SERIAL ? serial : null;
}
