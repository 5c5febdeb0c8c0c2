import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, parseDate } from '../../../src/vn/dates';
import type { CivilDate } from '../../../src/vn/dates';

// A date-time with an explicit offset names an instant; its date is the day in Vietnam then (zone Asia/Ho_Chi_Minh).

const DAY_MS = 86_400_000;

describe('parseDate: an offset names an instant, read as the day in Vietnam', () => {
  it.each([
    // JSON.stringify(new Date(1985, 0, 1)) on a machine in Vietnam
    ['1984-12-31T17:00:00.000Z', { year: 1985, month: 1, day: 1 }, 'iso-datetime'],
    // local midnight 1960-01-01 written by a system in Asia/Ho_Chi_Minh (+08 in the South then) and one in Asia/Bangkok (+07)
    ['1959-12-31T16:00:00.000Z', { year: 1960, month: 1, day: 1 }, 'iso-datetime'],
    ['1959-12-31T17:00:00.000Z', { year: 1960, month: 1, day: 1 }, 'iso-datetime'],
    ['1959-12-31T15:59:59Z', { year: 1959, month: 12, day: 31 }, 'iso-datetime'], // 22:59:59 at +07, before the change to +08
    ['2024-07-01T00:00:00+07:00', { year: 2024, month: 7, day: 1 }, 'iso-datetime'], // Vietnam's own offset changes nothing
    ['2024-07-01T23:59:59+07:00', { year: 2024, month: 7, day: 1 }, 'iso-datetime'],
    ['2024-07-01T00:00:00Z', { year: 2024, month: 7, day: 1 }, 'iso-datetime'],
    ['2024-07-01T16:59:59Z', { year: 2024, month: 7, day: 1 }, 'iso-datetime'],
    ['2024-07-01T17:00:00Z', { year: 2024, month: 7, day: 2 }, 'iso-datetime'],
    ['2024-07-01T20:00:00Z', { year: 2024, month: 7, day: 2 }, 'iso-datetime'],
    ['2024-07-01T20:00:00-05:00', { year: 2024, month: 7, day: 2 }, 'iso-datetime'], // 01:00Z on the 2nd
    ['2024-07-01T09:00:00-05:00', { year: 2024, month: 7, day: 1 }, 'iso-datetime'],
    ['2024-07-01T05:00:00+0900', { year: 2024, month: 7, day: 1 }, 'iso-datetime'],
    ['2024-07-01T05:00:00+14', { year: 2024, month: 6, day: 30 }, 'iso-datetime'], // 15:00Z on 30 June
    ['2024-03-01T00:00:00+09:00', { year: 2024, month: 2, day: 29 }, 'iso-datetime'],
    ['2024-12-31 18:30:00Z', { year: 2025, month: 1, day: 1 }, 'iso-datetime'],
    ['1975-06-12T15:59:59Z', { year: 1975, month: 6, day: 12 }, 'iso-datetime'], // 23:59:59 at +08
    ['1975-06-12T16:59:59Z', { year: 1975, month: 6, day: 12 }, 'iso-datetime'], // 23:59:59 again, now at +07
    ['1975-06-12T17:00:00Z', { year: 1975, month: 6, day: 13 }, 'iso-datetime'],
    ['31/12/1984 17:00:00Z', { year: 1985, month: 1, day: 1 }, 'dd/MM/yyyy'], // day-first text with an offset too
    ['30/6/2024 23:00+00:00', { year: 2024, month: 7, day: 1 }, 'd/M/yyyy'],
    ['1899-12-31T17:00:00Z', { year: 1900, month: 1, day: 1 }, 'iso-datetime'], // already 1900 in Vietnam
  ] as const)('%j is %j', (input, date, format) => {
    expect(parseDate(input)).toMatchObject({ ok: true, date, format, precision: 'day' });
  });

  it('keeps the time as written, offset included', () => {
    expect(parseDate('1984-12-31T17:00:00.000Z')).toEqual({
      ok: true,
      date: { year: 1985, month: 1, day: 1 },
      iso: '1985-01-01',
      format: 'iso-datetime',
      precision: 'day',
      time: { hour: 17, minute: 0, second: 0, offsetMinutes: 0 },
    });
  });

  it('keeps the date as written without an offset', () => {
    expect(parseDate('2024-07-01T20:00:00')).toMatchObject({ date: { year: 2024, month: 7, day: 1 } });
    expect(parseDate('01/07/2024 20:00')).toMatchObject({ date: { year: 2024, month: 7, day: 1 } });
  });

  it.each([
    ['1899-12-31T00:00:00Z', '1899-12-31'], // still 1899 in Vietnam: a placeholder, not a birth date
    ['1800-01-01T00:00:00-12:00', '1800-01-01'],
    ['0001-01-01T00:00:00Z', '0001-01-01'], // .NET DateTime.MinValue
    ['0001-01-01T20:00:00Z', '0001-01-01'],
    ['1900-01-01T00:00:00+14:00', '1900-01-01'], // 31/12/1899 in Vietnam: kept as written
    ['9999-12-31T20:00:00Z', '9999-12-31'], // would be year 10000
  ] as const)('keeps the written date %j outside 1900–9999', (input, iso) => {
    expect(parseDate(input)).toMatchObject({ ok: true, iso });
  });
});

// The oracle reads Vietnam's offset from Intl's `longOffset` name ("GMT+08:00", "GMT+07:06:30"), a path the parser does not use.
const offsetName = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', timeZoneName: 'longOffset' });
function vietnamOffsetMs(instant: number): number {
  const name = offsetName.formatToParts(instant).find((p) => p.type === 'timeZoneName')!.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (m === null) throw new Error(`unexpected offset name ${name}`);
  if (m[1] === undefined) return 0;
  const ms = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function offsetText(minutes: number, style: 'colon' | 'compact' | 'z'): string {
  if (style === 'z' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const hh = pad(Math.floor(Math.abs(minutes) / 60));
  const mm = pad(Math.abs(minutes) % 60);
  return style === 'compact' ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

describe('parseDate: offset properties', () => {
  const day = fc
    .integer({ min: daysFromCivil({ year: 1900, month: 1, day: 1 }), max: daysFromCivil({ year: 2100, month: 12, day: 31 }) })
    .map(civilFromDays);
  const secondOfDay = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 86_399 })); // midnight, or any time that day
  const writerOffset = fc.integer({ min: -12 * 60, max: 14 * 60 });
  const style = fc.constantFrom('colon' as const, 'compact' as const, 'z' as const, 'day-first' as const);

  it('a time during a Vietnam day, written with any offset, parses back to that day', () => {
    fc.assert(
      fc.property(day, secondOfDay, writerOffset, style, (d: CivilDate, second, tz, form) => {
        const wallClock = daysFromCivil(d) * DAY_MS + second * 1000; // Vietnam's clock, counted as if it were UTC
        let instant = wallClock - 7 * 3_600_000;
        for (let k = 0; k < 3; k++) instant = wallClock - vietnamOffsetMs(instant);
        fc.pre(instant + vietnamOffsetMs(instant) === wallClock); // skip times the clock jumped over (1947-04-01 00:30)
        const writer = new Date(instant + tz * 60_000).toISOString(); // the writer's clock
        const [date, time] = [writer.slice(0, 10), writer.slice(11, 19)];
        const text =
          form === 'day-first'
            ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)} ${Number(time.slice(0, 2))}${time.slice(2)}${offsetText(tz, 'colon')}`
            : `${date}T${time}${offsetText(tz, form)}`;
        expect(parseDate(text)).toMatchObject({ ok: true, date: d });
      }),
      { numRuns: 500 },
    );
  });

  it('Vietnam-local midnight on the days the zone changed offset parses back to that day', () => {
    const changes = ['1943-01-01', '1945-03-15', '1945-09-01', '1945-09-02', '1955-07-01', '1960-01-01', '1975-06-13'];
    fc.assert(
      fc.property(fc.constantFrom(...changes), writerOffset, (iso, tz) => {
        const d = parseDate(iso);
        if (!d.ok) throw new Error(iso);
        const wallClock = daysFromCivil(d.date) * DAY_MS;
        let instant = wallClock - 7 * 3_600_000;
        for (let k = 0; k < 3; k++) instant = wallClock - vietnamOffsetMs(instant);
        const writer = new Date(instant + tz * 60_000).toISOString().slice(0, 19);
        expect(parseDate(`${writer}${offsetText(tz, 'colon')}`)).toMatchObject({ ok: true, date: d.date });
      }),
    );
  });
});
