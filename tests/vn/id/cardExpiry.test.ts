import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, anniversary, compareDates, type CivilDate } from '../../../src/vn/dates/civilDate';
import { cardExpiry, CARD_RENEWAL_AGES, CCCD_CARDS_FROM, isCardExpired, issuedCardExpiry } from '../../../src/vn/id';

const d = (year: number, month: number, day: number): CivilDate => ({ year, month, day });
// Any day from 1 January of `min` to 31 December of `max`.
const date = (min: number, max: number) =>
  fc.integer({ min: Date.UTC(min, 0, 1), max: Date.UTC(max, 11, 31) }).map((ms) => {
    const t = new Date(ms);
    return d(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  });

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

  it('isCardExpired: the card is valid through the renewal birthday printed on it, expired from the day after (art. 46(1))', () => {
    expect(isCardExpired(d(1990, 3, 15), d(2012, 1, 1), d(2015, 3, 14))).toBe(false);
    expect(isCardExpired(d(1990, 3, 15), d(2012, 1, 1), d(2015, 3, 15))).toBe(false);
    expect(isCardExpired(d(1990, 3, 15), d(2012, 1, 1), d(2015, 3, 16))).toBe(true);
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

describe('issuedCardExpiry (Law on Identification 2023, art. 46)', () => {
  it.each([
    // born, issued, cmnd (9 digits), expected
    [d(1990, 6, 1), d(2014, 3, 1), false, { expiresOn: d(2024, 12, 31), renewalAge: null, card: 'cmnd', extended: false }], // 12-digit CMND: void after 2024 (art. 46(2))
    [d(1970, 6, 1), d(2005, 3, 1), false, { expiresOn: d(2020, 3, 1), renewalAge: null, card: 'cmnd', extended: false }], // 15 years
    [d(1970, 6, 1), d(2009, 2, 1), false, { expiresOn: d(2024, 6, 30), renewalAge: null, card: 'cmnd', extended: true }], // 15 years end 2024-02-01: extended (art. 46(3))
    [d(1970, 6, 1), d(2009, 6, 30), false, { expiresOn: d(2024, 6, 30), renewalAge: null, card: 'cmnd', extended: false }], // ends 30 June: not "before 30 June"
    [d(1970, 6, 1), d(2009, 1, 14), false, { expiresOn: d(2024, 1, 14), renewalAge: null, card: 'cmnd', extended: false }], // ends the day before the window
    [d(1999, 6, 29), d(2016, 6, 1), false, { expiresOn: d(2024, 6, 30), renewalAge: 25, card: 'cccd', extended: true }], // printed 29 June: through 30 June
    [d(1999, 6, 30), d(2016, 6, 1), false, { expiresOn: d(2024, 6, 30), renewalAge: 25, card: 'cccd', extended: false }], // printed 30 June: the same last day
    [d(1999, 3, 15), d(2016, 6, 1), false, { expiresOn: d(2024, 6, 30), renewalAge: 25, card: 'cccd', extended: true }], // 25 on 2024-03-15: extended
    [d(2000, 3, 15), d(2016, 6, 1), false, { expiresOn: d(2025, 3, 15), renewalAge: 25, card: 'cccd', extended: false }],
    [d(1990, 3, 15), d(2021, 5, 1), false, { expiresOn: d(2030, 3, 15), renewalAge: 40, card: 'cccd', extended: false }],
    [d(1990, 3, 15), d(2018, 5, 1), true, { expiresOn: d(2024, 12, 31), renewalAge: null, card: 'cmnd', extended: false }], // a 9-digit number issued in 2018 is a CMND
    [d(1950, 3, 15), d(2016, 1, 1), false, { expiresOn: null, renewalAge: null, card: 'cccd', extended: false }], // from 58 on: for life
  ] as const)('born %o, issued %o (9 digits: %s) → %o', (born, issued, cmnd, expected) => {
    expect(issuedCardExpiry(born, issued, { cmnd })).toEqual(expected);
  });

  const inWindow = (e: CivilDate) => compareDates(e, d(2024, 1, 15)) >= 0 && compareDates(e, d(2024, 6, 30)) < 0;

  it('a CMND is valid through the 15th anniversary of its issue or 31 December 2024, whichever is first (30 June 2024 inside the window)', () => {
    fc.assert(
      fc.property(date(1920, 2010), date(1990, 2030), fc.boolean(), (born, issued, nineDigits) => {
        fc.pre(nineDigits || compareDates(issued, CCCD_CARDS_FROM) < 0);
        const { expiresOn, card, extended } = issuedCardExpiry(born, issued, { cmnd: nineDigits });
        expect(card).toBe('cmnd');
        const fifteen = anniversary(issued, 15);
        const end = compareDates(fifteen, d(2024, 12, 31)) < 0 ? fifteen : d(2024, 12, 31);
        expect(extended).toBe(inWindow(end));
        expect(expiresOn).toEqual(inWindow(end) ? d(2024, 6, 30) : end);
      }),
    );
  });

  it('a card issued from 2016 on follows the renewal ages, except for ends inside the window', () => {
    fc.assert(
      fc.property(date(1930, 2015), date(2016, 2030), (born, issued) => {
        const got = issuedCardExpiry(born, issued);
        const plain = cardExpiry(born, issued);
        expect(got.card).toBe('cccd');
        expect(got.renewalAge).toBe(plain.renewalAge);
        const moved = plain.expiresOn !== null && inWindow(plain.expiresOn);
        expect(got.extended).toBe(moved);
        expect(got.expiresOn).toEqual(moved ? d(2024, 6, 30) : plain.expiresOn);
      }),
    );
  });

  it('never moves a later end before an earlier one: the last valid day grows with the printed one', () => {
    fc.assert(
      fc.property(date(1930, 2015), date(2016, 2030), fc.integer({ min: 1, max: 400 }), (born, issued, later) => {
        const t = new Date(Date.UTC(born.year, born.month - 1, born.day) + later * 86_400_000);
        const bornLater = d(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
        fc.pre(compareDates(issued, anniversary(bornLater, 14)) >= 0);
        const a = issuedCardExpiry(born, issued).expiresOn;
        const b = issuedCardExpiry(bornLater, issued).expiresOn;
        fc.pre(a !== null && b !== null && cardExpiry(born, issued).renewalAge === cardExpiry(bornLater, issued).renewalAge);
        expect(compareDates(a!, b!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
