import { defineRule } from '../../src/core';
import { ageOn, compareDates, formatIsoDate, type DateParse } from '../../src/vn/dates';
import { UNDER_14_CARDS_FROM } from '../../src/vn/id';
import { hasValue } from '../fieldTypes';

// Law on Citizen Identification 2014, art. 19: cards from age 14; under-14s only since 1 July 2024 (Law on Identification 2023, art. 19(3)).
export const cardIssuedUnderage = defineRule({
  id: 'id.card.issued-underage',
  dimension: 'correct',
  severity: 'error',
  fields: ['idIssueDate', 'dateOfBirth'],
  title: { vi: 'Cấp thẻ trước 14 tuổi khi luật chưa cho phép', en: 'Card issued under 14 before that was allowed' },
  messages: {
    default: {
      vi: (p) => `Thẻ cấp ngày ${p.issued} khi người này ${p.age} tuổi; trước ngày ${formatIsoDate(UNDER_14_CARDS_FROM)} chỉ cấp thẻ từ 14 tuổi`,
      en: (p) => `The card was issued on ${p.issued} at age ${p.age}; before ${formatIsoDate(UNDER_14_CARDS_FROM)} cards were issued from age 14 only`,
    },
  },
  check(ctx) {
    const issued = ctx.parsed<DateParse>('idIssueDate');
    const born = ctx.parsed<DateParse>('dateOfBirth');
    if (!hasValue(issued) || !issued.ok || !hasValue(born) || !born.ok || born.precision === 'year') return null;
    if (compareDates(issued.date, UNDER_14_CARDS_FROM) >= 0 || compareDates(issued.date, born.date) < 0) return null;
    const age = ageOn(born.date, issued.date);
    return age >= 14 ? null : { related: ['dateOfBirth'], params: { issued: issued.iso, age } };
  },
});
