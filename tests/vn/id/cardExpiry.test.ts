import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, anniversary, compareDates, type CivilDate } from '../../../src/vn/dates/civilDate';
import { cardExpiry, CARD_RENEWAL_AGES, isCardExpired } from '../../../src/vn/id';

const d = (year: number, month: number, day: number): CivilDate => ({ year, month, day });

describe('cardExpiry (Law on Identification 2023, art. 21)', () => {
  it.each([
    // born, issued, expires, renewal age
    [d(1990, 3, 15), d(2021, 5, 1), d(2030, 3, 15), 40], // issued at 31 → renew at 40
    [d(1990, 3, 15), d(2013, 3, 15), d(2030, 3, 15), 40], // issued on the 23rd birthday: within 2 years of 25 → 40
    [d(1990, 3, 15), d(2013, 3, 14), d(2015, 3, 15), 25], // one day before the grace period → renew at 25
    [d(2005, 1, 1), d(2019, 1, 1), d(2030, 1, 1), 25], // issued on the 14th birthday → 25
    [d(2000, 6, 1), d(2023, 6, 1), d(2040, 6, 1), 40], // issued at 23 → skips 25
    [d(1970, 1, 1), d(2015, 1, 1), d(2030, 1, 1), 60], // issued at 45 → 60
    [d(2014, 5, 5), d(2024, 8, 1), d(2028, 5, 5), 14], // a child's card (from 1 July 2024) at 10 → 14
    [d(2012, 5, 5), d(2024, 8, 1), d(2037, 5, 5), 25], // issued at 12, within 2 years of 14 → 25
  ])('born %o, issued %o → expires %o at %i', (born, issued, expires, age) => {
    expect(cardExpiry(born, issued)).toEqual({ expiresOn: expires, renewalAge: age });
  });

  it.each([
    [d(1960, 1, 1), d(2020, 1, 1)], // issued at 60
    [d(1960, 1, 1), d(2018, 1, 1)], // issued at 58: within 2 years of 60
    [d(1940, 7, 7), d(2016, 1, 1)],
  ])('a card issued from 58 on (born %o, issued %o) never expires', (born, issued) => {
    expect(cardExpiry(born, issued)).toEqual({ expiresOn: null, renewalAge: null });
  });

  it('handles a 29 February birthday', () => {
    expect(cardExpiry(d(2004, 2, 29), d(2020, 1, 1))).toEqual({ expiresOn: d(2029, 3, 1), renewalAge: 25 });
  });

  it('isCardExpired counts the renewal birthday itself as expired', () => {
    expect(isCardExpired(d(1990, 3, 15), d(2012, 1, 1), d(2015, 3, 14))).toBe(false);
    expect(isCardExpired(d(1990, 3, 15), d(2012, 1, 1), d(2015, 3, 15))).toBe(true);
  });

  const date = (min: number, max: number) =>
    fc.integer({ min: Date.UTC(min, 0, 1), max: Date.UTC(max, 11, 31) }).map((ms) => {
      const t = new Date(ms);
      return d(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
    });

  it('expires on a renewal birthday later than the issue date, and more than 2 years after it (or never)', () => {
    fc.assert(
      fc.property(date(1920, 2020), fc.integer({ min: 0, max: 36500 }), (born, days) => {
        const t = new Date(Date.UTC(born.year, born.month - 1, born.day) + days * 86_400_000);
        const issued = d(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
        const { expiresOn, renewalAge } = cardExpiry(born, issued);
        const ageAtIssue = ageOn(born, issued);
        if (expiresOn === null) {
          expect(ageAtIssue).toBeGreaterThanOrEqual(58);
          return;
        }
        expect(CARD_RENEWAL_AGES).toContain(renewalAge);
        expect(expiresOn).toEqual(anniversary(born, renewalAge!));
        expect(compareDates(expiresOn, issued)).toBe(1);
        // The grace rule: an expiry less than 2 years after issue would have been skipped.
        expect(compareDates(anniversary(issued, 2), expiresOn)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
