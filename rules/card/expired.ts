import { defineRule } from '../../src/core';
import { compareDates, formatIsoDate, type DateParse } from '../../src/vn/dates';
import { cardExpiry, type PersonalIdParse } from '../../src/vn/id';
import { hasValue } from '../fieldTypes';

// Law on Identification 2023, art. 21: a card must be renewed at 14, 25, 40 and 60 (2-year grace before each age).
export const cardExpired = defineRule({
  id: 'id.card.expired',
  dimension: 'live',
  severity: 'error',
  fields: ['idIssueDate', 'dateOfBirth'],
  title: { vi: 'Thẻ căn cước đã hết hạn', en: 'Identity card expired' },
  messages: {
    default: {
      vi: (p) => `Thẻ cấp ngày ${p.issued} hết hạn ngày ${p.expires} (đủ ${p.age} tuổi phải cấp đổi)`,
      en: (p) => `The card issued on ${p.issued} expired on ${p.expires} (renewal due at age ${p.age})`,
    },
  },
  check(ctx) {
    const issued = ctx.parsed<DateParse>('idIssueDate');
    const born = ctx.parsed<DateParse>('dateOfBirth');
    if (!hasValue(issued) || !issued.ok || !hasValue(born) || !born.ok || born.precision === 'year') return null;
    if (compareDates(issued.date, born.date) < 0) return null; // id.card.issued-before-birth says it
    // A 9-digit CMND has its own rule (id.cmnd); its 15-year validity is not the card's.
    const id = ctx.parsed<PersonalIdParse>('personalId');
    if (hasValue(id) && id.ok && id.kind === 'cmnd') return null;
    const { expiresOn, renewalAge } = cardExpiry(born.date, issued.date);
    if (expiresOn === null || compareDates(ctx.asOf, expiresOn) < 0) return null;
    return { related: ['dateOfBirth'], params: { issued: issued.iso, expires: formatIsoDate(expiresOn), age: renewalAge ?? '' },
      // The expiry day is a birthday: masked like the date of birth.
      personal: { expires: 'dateOfBirth' },
    };
  },
});
