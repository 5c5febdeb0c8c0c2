import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthDateArb, civilDateArb, dateTextArb, DATE_TEXT_FORMATS, formatDateText, toCivilDate, vietnameseNameArb, type BirthDateArbOptions, type VietnameseNameArbOptions } from '../../src/arbitraries';
import { ageOn, compareDates, formatIsoDate, parseDate, type CivilDate } from '../../src/vn/dates';
import { analyseName } from '../../rules';

describe('vietnameseNameArb', () => {
  it.each<[VietnameseNameArbOptions]>([[{}], [{ sex: 'male' }], [{ sex: 'female' }]])('generates clean three-part NFC names (%j)', (options) => {
    fc.assert(
      fc.property(vietnameseNameArb(options), (name) => {
        expect(name.normalize('NFC')).toBe(name);
        expect(name.split(' ')).toHaveLength(3);
        expect(name).toMatch(/^(\p{Lu}\p{Ll}* ){2}\p{Lu}\p{Ll}*$/u);
        if (options.sex === 'male') expect(name).not.toMatch(/ Thị /);
        if (options.sex === 'female') expect(name).not.toMatch(/ Văn /);
        expect(analyseName(name)).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('uses diacritics', () => {
    const names = fc.sample(vietnameseNameArb(), { seed: 1, numRuns: 100 });
    expect(names.filter((n) => /[^\x00-\x7f]/.test(n)).length).toBeGreaterThan(80);
  });
});

describe('formatDateText', () => {
  const day: CivilDate = { year: 2024, month: 7, day: 1 };
  it.each([
    ['dd/MM/yyyy', '01/07/2024'],
    ['d/M/yyyy', '1/7/2024'],
    ['dd-MM-yyyy', '01-07-2024'],
    ['dd.MM.yyyy', '01.07.2024'],
    ['iso-date', '2024-07-01'],
  ] as const)('%s → %s', (format, expected) => {
    expect(formatDateText(day, format)).toBe(expected);
    expect(parseDate(expected)).toMatchObject({ ok: true, format, date: day });
  });
});

describe('civilDateArb / dateTextArb', () => {
  it.each([
    ['1900-01-01', '2099-12-31'],
    ['2024-02-28', '2024-03-01'],
    ['1999-12-31', '1999-12-31'],
  ])('days from %s to %s are real and in range, and every written form reads back', (from, to) => {
    const lo = toCivilDate(from);
    const hi = toCivilDate(to);
    fc.assert(
      fc.property(civilDateArb(from, to), fc.constantFrom(...DATE_TEXT_FORMATS), (d, format) => {
        expect(compareDates(d, lo)).toBeGreaterThanOrEqual(0);
        expect(compareDates(d, hi)).toBeLessThanOrEqual(0);
        const parsed = parseDate(formatDateText(d, format));
        expect(parsed.ok && parsed.iso).toBe(formatIsoDate(d));
      }),
      { numRuns: 200 },
    );
    fc.assert(fc.property(dateTextArb(civilDateArb(from, to)), (text) => parseDate(text).ok), { numRuns: 100 });
  });

  it('refuses a reversed range or a non-day', () => {
    expect(() => civilDateArb('2024-01-02', '2024-01-01')).toThrow(RangeError);
    expect(() => civilDateArb('2024-02-30', '2024-03-01')).toThrow(RangeError);
  });
});

describe('birthDateArb', () => {
  it.each<[BirthDateArbOptions]>([
    [{ minAge: 18, maxAge: 60, asOf: '2026-01-01' }],
    [{ minAge: 0, maxAge: 0, asOf: '2024-02-29' }],
    [{ minAge: 1, maxAge: 4, asOf: '2028-02-29' }],
    [{ asOf: { year: 2025, month: 7, day: 1 } }],
  ])('ages on asOf lie within the bounds, and both bounds are reached (%j)', (options) => {
    const asOf = toCivilDate(options.asOf);
    const minAge = options.minAge ?? 0;
    const maxAge = options.maxAge ?? 100;
    fc.assert(
      fc.property(birthDateArb(options), (born) => {
        const age = ageOn(born, asOf);
        expect(age).toBeGreaterThanOrEqual(minAge);
        expect(age).toBeLessThanOrEqual(maxAge);
      }),
      { numRuns: 300 },
    );
    const ages = new Set(fc.sample(birthDateArb(options), { seed: 3, numRuns: 2000 }).map((b) => ageOn(b, asOf)));
    expect(ages.has(minAge) && ages.has(maxAge)).toBe(true);
  });
});
