import { anniversary, compareDates, type CivilDate } from '../dates/civilDate';

/** Ages at which an identity card must be renewed (Law on Identification 2023, art. 21(1)). */
export const CARD_RENEWAL_AGES: readonly number[] = Object.freeze([14, 25, 40, 60]);

/** From this day a card may be issued to a child under 14 (Law on Identification 2023, art. 19(2), in force 1 July 2024). */
export const UNDER_14_CARDS_FROM: CivilDate = Object.freeze({ year: 2024, month: 7, day: 1 });

/** The last day a 9-digit CMND was valid (Law on Identification 2023, art. 46(1)). */
export const CMND_VALID_UNTIL: CivilDate = Object.freeze({ year: 2024, month: 12, day: 31 });

export interface CardExpiry {
  /** The first day the card is no longer valid (the birthday of the next renewal age), or null: valid for life. */
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
  for (const age of CARD_RENEWAL_AGES) {
    const renewalDay = anniversary(dateOfBirth, age);
    if (compareDates(issueDate, renewalDay) >= 0) continue; // already past this age when issued
    const graceStart = anniversary(dateOfBirth, age - 2);
    if (compareDates(issueDate, graceStart) >= 0) continue; // issued in the 2 years before: skips this renewal
    return { expiresOn: renewalDay, renewalAge: age };
  }
  return { expiresOn: null, renewalAge: null };
}

/**
 * Whether the card is expired on `asOf` (the renewal birthday itself counts as expired).
 *
 * @example isCardExpired({ year: 1990, month: 3, day: 15 }, { year: 2012, month: 1, day: 1 }, { year: 2026, month: 1, day: 1 }) // true (expired at 25)
 */
export function isCardExpired(dateOfBirth: CivilDate, issueDate: CivilDate, asOf: CivilDate): boolean {
  const { expiresOn } = cardExpiry(dateOfBirth, issueDate);
  return expiresOn !== null && compareDates(asOf, expiresOn) >= 0;
}
