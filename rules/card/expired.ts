import { defineRule } from '../../src/core';
import { compareDates, formatIsoDate, type DateParse } from '../../src/vn/dates';
import { CMND_VALID_UNTIL, CMND_VALIDITY_YEARS, issuedCardExpiry, type PersonalIdParse } from '../../src/vn/id';
import { hasValue } from '../fieldTypes';

// Law on Identification 2023, art. 21 (renewal at 14, 25, 40, 60), art. 46(1) (valid through the printed date), 46(2) (CMNDs end 31 Dec 2024), 46(3) (ends 15 Jan–29 Jun 2024 extended to 30 Jun 2024).
export const cardExpired = defineRule({
  id: 'id.card.expired',
  dimension: 'live',
  severity: 'error',
  fields: ['idIssueDate', 'dateOfBirth'],
  title: { vi: 'Thẻ căn cước hoặc CMND đã hết hạn', en: 'Identity card or CMND expired' },
  messages: {
    default: {
      vi: (p) => `Thẻ cấp ngày ${p.issued} chỉ có giá trị đến hết ngày ${p.expires} (đủ ${p.age} tuổi phải cấp đổi)`,
      en: (p) => `The card issued on ${p.issued} was valid only through ${p.expires} (renewal due at age ${p.age})`,
    },
    cmnd: {
      vi: (p) => `Giấy tờ cấp ngày ${p.issued} là CMND (trước ngày 2016-01-01 chưa cấp thẻ căn cước công dân), chỉ có giá trị đến hết ngày ${p.expires}: CMND có giá trị ${CMND_VALIDITY_YEARS} năm và không quá ngày ${formatIsoDate(CMND_VALID_UNTIL)}`,
      en: (p) => `The document issued on ${p.issued} is a CMND (citizen identity cards were issued from 2016-01-01 only), valid only through ${p.expires}: a CMND was valid ${CMND_VALIDITY_YEARS} years and not after ${formatIsoDate(CMND_VALID_UNTIL)}`,
    },
    extended: {
      vi: (p) => `Thẻ cấp ngày ${p.issued} phải cấp đổi khi đủ ${p.age} tuổi; hạn được kéo dài nhưng chỉ đến hết ngày ${p.expires}`,
      en: (p) => `The card issued on ${p.issued} was due for renewal at age ${p.age}; its validity was extended, but only through ${p.expires}`,
    },
  },
  check(ctx) {
    const issued = ctx.parsed<DateParse>('idIssueDate');
    const born = ctx.parsed<DateParse>('dateOfBirth');
    if (!hasValue(issued) || !issued.ok || !hasValue(born) || !born.ok || born.precision === 'year') return null;
    if (compareDates(issued.date, born.date) < 0) return null; // id.card.issued-before-birth says it
    const id = ctx.parsed<PersonalIdParse>('personalId');
    const nineDigits = hasValue(id) && id.ok && id.kind === 'cmnd';
    // After 2024 every 9-digit CMND is reported by id.cmnd; its card adds nothing.
    if (nineDigits && compareDates(ctx.asOf, CMND_VALID_UNTIL) > 0) return null;
    const { expiresOn, renewalAge, card, extended } = issuedCardExpiry(born.date, issued.date, { cmnd: nineDigits });
    if (expiresOn === null || compareDates(ctx.asOf, expiresOn) <= 0) return null;
    const params = { issued: issued.iso, expires: formatIsoDate(expiresOn), age: renewalAge ?? '' };
    if (card === 'cmnd') return { params, message: 'cmnd' };
    if (extended) return { related: ['dateOfBirth'], params, message: 'extended' };
    // The expiry day is a birthday: masked like the date of birth.
    return { related: ['dateOfBirth'], params, personal: { expires: 'dateOfBirth' } };
  },
});
