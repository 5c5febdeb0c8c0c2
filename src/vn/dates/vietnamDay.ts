import type { CivilDate } from './civilDate';
import { civilFromDays } from './dayNumber';

// Basis: IANA tz database, zone Asia/Ho_Chi_Minh (Vietnam's clock through history: +07 today, +08 in the South 1959–1975, +09 in 1945).

const DAY_MS = 86_400_000;
/** Vietnam's offset since 13 June 1975; used only where Intl has no time-zone data. */
const UTC_PLUS_7_MS = 7 * 3_600_000;
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

/** undefined: not built yet; null: this runtime's Intl does not know the zone. */
let formatter: Intl.DateTimeFormat | null | undefined;

function vietnamFormatter(): Intl.DateTimeFormat | null {
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: 'Asia/Ho_Chi_Minh',
        calendar: 'gregory',
        numberingSystem: 'latn',
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
  }
  return formatter;
}

/** Milliseconds Vietnam's wall clock was ahead of UTC at `instant` (a whole second), read from Intl. */
function offsetFromIntl(f: Intl.DateTimeFormat, instant: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of f.formatToParts(instant)) {
    switch (part.type) {
      case 'year': year = Number(part.value); break;
      case 'month': month = Number(part.value); break;
      case 'day': day = Number(part.value); break;
      case 'hour': hour = Number(part.value) % 24; break; // some ICU versions write midnight as 24 even in h23
      case 'minute': minute = Number(part.value); break;
      case 'second': second = Number(part.value); break;
    }
  }
  return Date.UTC(year, month - 1, day, hour, minute, second) - instant;
}

// formatToParts costs ~4 µs, and a JSON column of timestamps sends every birth date here. Vietnam's offset is the
// same all day on all but a handful of days, so it is kept per UTC day when the day starts and ends on the same
// offset (no day in the zone's history has two changes that cancel out). Cleared when full: input picks the days.
const offsetByUtcDay = new Map<number, number>();
const MAX_CACHED_DAYS = 1 << 16;

function vietnamOffsetMs(instant: number): number {
  const utcDay = Math.floor(instant / DAY_MS);
  const cached = offsetByUtcDay.get(utcDay);
  if (cached !== undefined) return cached;
  const f = vietnamFormatter();
  if (f === null) return UTC_PLUS_7_MS;
  const dayStart = utcDay * DAY_MS;
  const atStart = offsetFromIntl(f, dayStart);
  if (atStart === offsetFromIntl(f, dayStart + DAY_MS - 1000)) {
    if (offsetByUtcDay.size >= MAX_CACHED_DAYS) offsetByUtcDay.clear();
    offsetByUtcDay.set(utcDay, atStart);
    return atStart;
  }
  return offsetFromIntl(f, instant);
}

/**
 * The calendar day in Vietnam at the instant a date-time with an explicit UTC offset names: a system in Vietnam
 * that stores a birth date as local midnight and exports it in UTC (`JSON.stringify(new Date(1985, 0, 1))` is
 * `1984-12-31T17:00:00.000Z`) then gives the birth date back, whatever offset the writer used. The zone's history
 * matters for old dates: local midnight 1960-01-01 in the South was 1959-12-31T16:00Z (+08).
 *
 * Null, meaning "keep the date as written", when the day would fall outside 1900–9999. Before 1900 no record holds
 * a real date (such a value is a placeholder, best left recognisable), the zone's clock was local mean time, and
 * Intl switches to the Julian calendar before 1582; after 9999 the date would not have four digits. Every four-digit
 * year is well inside what a JS Date can represent (±275,000 years).
 *
 * @example vietnamDate(1984, 12, 31, 17, 0, 0, 0) // { year: 1985, month: 1, day: 1 }
 */
export function vietnamDate(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number): CivilDate | null {
  // A written 1899-12-31 can still be 1900-01-01 in Vietnam; earlier years never reach 1900 (offsets are < 24 h).
  if (year < FIRST_YEAR - 1 || year > LAST_YEAR) return null;
  const instant = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  const date = civilFromDays(Math.floor((instant + vietnamOffsetMs(instant)) / DAY_MS));
  return date.year >= FIRST_YEAR && date.year <= LAST_YEAR ? date : null;
}
