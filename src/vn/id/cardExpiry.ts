import { anniversary, dateOrdinal, isLeapYear, type CivilDate } from '../dates/civilDate';

/** Ages at which an identity card must be renewed (Law on Identification 2023, art. 21(1)). */
export const CARD_RENEWAL_AGES: readonly number[] = Object.freeze([14, 25, 40, 60]);

/** From this day a card may be issued to a child under 14 (Law on Identification 2023, art. 19(3), in force 1 July 2024). */
export const UNDER_14_CARDS_FROM: CivilDate = Object.freeze({ year: 2024, month: 7, day: 1 });

/** The last day any CMND (9 or 12 digits) was valid (Law on Identification 2023, art. 46(2)). */
export const CMND_VALID_UNTIL: CivilDate = Object.freeze({ year: 2024, month: 12, day: 31 });

/** The first day citizen identity cards (CCCD) were issued: a card issued before is a CMND (Law 59/2014/QH13, art. 39). */
export const CCCD_CARDS_FROM: CivilDate = Object.freeze({ year: 2016, month: 1, day: 1 });

/** A CMND was valid for 15 years from its issue (Decree 05/1999/NĐ-CP, art. 2). */
export const CMND_VALIDITY_YEARS = 15;

/**
 * Cards and CMNDs whose validity ended from 15 January 2024 to before 30 June 2024 stayed valid through 30 June 2024
 * (Law on Identification 2023, art. 46(3)): `EXTENDED_FROM` ≤ end < `EXTENDED_UNTIL` moves the end to `EXTENDED_UNTIL`.
 */
const EXTENDED_FROM: CivilDate = Object.freeze({ year: 2024, month: 1, day: 15 });
const EXTENDED_UNTIL: CivilDate = Object.freeze({ year: 2024, month: 6, day: 30 });

export interface CardExpiry {
  /**
   * The last day the card is valid, or null: valid for life. For a card this is the date printed on it, the birthday
   * of the next renewal age; the card is expired from the day after (art. 46(1): valid "đến hết thời hạn được in
   * trên thẻ", through the end of the printed date).
   */
  expiresOn: CivilDate | null;
  /** The renewal age at which it expires, or null. */
  renewalAge: number | null;
}

/**
 * When an identity card (thẻ căn cước / CCCD) issued on `issueDate` to someone born `dateOfBirth` stops being valid.
 * Law on Identification 2023, art. 21: renew on reaching 14, 25, 40 and 60; a card issued (or renewed) within the
 * 2 years before one of those ages stays valid until the next one; a card issued from age 58 on is valid for life.
 *
 * @example
 * cardExpiry({ year: 1990, month: 3, day: 15 }, { year: 2021, month: 5, day: 1 })
 * // { expiresOn: { year: 2030, month: 3, day: 15 }, renewalAge: 40 }
 */
export function cardExpiry(dateOfBirth: CivilDate, issueDate: CivilDate): CardExpiry {
  const age = renewalAgeOf(dateOfBirth, dateOrdinal(issueDate));
  return age === 0 ? { expiresOn: null, renewalAge: null } : { expiresOn: anniversary(dateOfBirth, age), renewalAge: age };
}

/**
 * The renewal age at which a card issued on the day `issued` (yyyymmdd) expires, or 0: valid for life. Compared as
 * yyyymmdd numbers, with no date object per age tried: this runs for every record with a card.
 */
function renewalAgeOf(dateOfBirth: CivilDate, issued: number): number {
  for (const age of CARD_RENEWAL_AGES) {
    if (issued >= anniversaryOrdinal(dateOfBirth, age)) continue; // already past this age when issued
    if (issued >= anniversaryOrdinal(dateOfBirth, age - 2)) continue; // issued in the 2 years before: skips this renewal
    return age;
  }
  return 0;
}

/** `anniversary(birth, years)` as yyyymmdd (29 February falls on 1 March in common years). */
function anniversaryOrdinal(birth: CivilDate, years: number): number {
  const year = birth.year + years;
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(year)) return year * 10000 + 301;
  return year * 10000 + birth.month * 100 + birth.day;
}

export interface IssuedCardExpiry extends CardExpiry {
  /** What the document is taken to be: a CMND (9 digits, or issued before 2016), else a CCCD / căn cước card. */
  card: 'cmnd' | 'cccd';
  /** Whether the end moved to 30 June 2024 under the transitional extension of art. 46(3). */
  extended: boolean;
}

/**
 * When the identity document issued on `issueDate` stops being valid, by what it was:
 * - a CMND (`cmnd: true` for a 9-digit number; and every card issued before 1 January 2016, 12-digit ones
 *   included): valid 15 years, through the anniversary of its issue (Civil Code 2015, art. 147–148: a period in
 *   years ends on the corresponding day of its last year), and never after 31 December 2024 (art. 46(2));
 * - otherwise a CCCD or căn cước card: the renewal ages of `cardExpiry`. (Some provinces issued 12-digit CMNDs
 *   until about 2021; nothing in a record tells those apart, so they get the benefit of the doubt.)
 * An end from 15 January 2024 to 29 June 2024 moves to 30 June 2024 (art. 46(3)). `expiresOn` is the last valid day.
 *
 * @example
 * issuedCardExpiry({ year: 1990, month: 6, day: 1 }, { year: 2014, month: 3, day: 1 })
 * // { expiresOn: { year: 2024, month: 12, day: 31 }, renewalAge: null, card: 'cmnd', extended: false }
 */
export function issuedCardExpiry(dateOfBirth: CivilDate, issueDate: CivilDate, options?: { cmnd?: boolean }): IssuedCardExpiry {
  // Worked out on yyyymmdd numbers, with one date object (the end) and one result object of one shape: on the
  // validateRecord path a spread and a later write here once cost 1.4 µs a record (profiled).
  const issued = dateOrdinal(issueDate);
  const cmnd = options?.cmnd === true || issued < CCCD_CARDS_FROM_DAY;
  let end: number; // yyyymmdd, or 0: valid for life
  let renewalAge: number | null = null;
  if (cmnd) end = Math.min(anniversaryOrdinal(issueDate, CMND_VALIDITY_YEARS), CMND_VALID_UNTIL_DAY);
  else {
    const age = renewalAgeOf(dateOfBirth, issued);
    end = age === 0 ? 0 : anniversaryOrdinal(dateOfBirth, age);
    if (age !== 0) renewalAge = age;
  }
  const extended = end >= EXTENDED_FROM_DAY && end < EXTENDED_UNTIL_DAY;
  const expiresOn = end === 0 ? null : extended ? EXTENDED_UNTIL : end === CMND_VALID_UNTIL_DAY ? CMND_VALID_UNTIL : dateOfDay(end);
  return { expiresOn, renewalAge, card: cmnd ? 'cmnd' : 'cccd', extended };
}

const CCCD_CARDS_FROM_DAY = dateOrdinal(CCCD_CARDS_FROM);
const CMND_VALID_UNTIL_DAY = dateOrdinal(CMND_VALID_UNTIL);
const EXTENDED_FROM_DAY = dateOrdinal(EXTENDED_FROM);
const EXTENDED_UNTIL_DAY = dateOrdinal(EXTENDED_UNTIL);

function dateOfDay(day: number): CivilDate {
  return { year: Math.floor(day / 10000), month: Math.floor(day / 100) % 100, day: day % 100 };
}

/**
 * Whether the card is expired on `asOf`: from the day after the renewal birthday printed on it (art. 46(1)).
 *
 * @example isCardExpired({ year: 1990, month: 3, day: 15 }, { year: 2012, month: 1, day: 1 }, { year: 2026, month: 1, day: 1 }) // true (expired at 25)
 */
export function isCardExpired(dateOfBirth: CivilDate, issueDate: CivilDate, asOf: CivilDate): boolean {
  const age = renewalAgeOf(dateOfBirth, dateOrdinal(issueDate));
  return age !== 0 && dateOrdinal(asOf) > anniversaryOrdinal(dateOfBirth, age);
}
