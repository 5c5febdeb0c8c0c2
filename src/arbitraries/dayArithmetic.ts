import { civilFromDays, daysFromCivil, type CivilDate } from '../vn/dates';

/**
 * The day `days` after (or, negative, before) `date`.
 *
 * @example addDays({ year: 2024, month: 2, day: 28 }, 1) // { year: 2024, month: 2, day: 29 }
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  return civilFromDays(daysFromCivil(date) + days);
}
