import { defineRule } from '../../src/core';
import { compareDates, type DateParse } from '../../src/vn/dates';
import { hasValue } from '../fieldTypes';

// Data-quality check: a card is issued to a living person, so its issue date cannot precede the holder's birth.
export const cardIssuedBeforeBirth = defineRule({
  id: 'id.card.issued-before-birth',
  dimension: 'correct',
  severity: 'error',
  fields: ['idIssueDate', 'dateOfBirth'],
  title: { vi: 'Ngày cấp trước ngày sinh', en: 'Card issued before birth' },
  messages: {
    default: {
      vi: (p) => `Ngày cấp (${p.issued}) trước ngày sinh (${p.born})`,
      en: (p) => `Issue date (${p.issued}) is before the date of birth (${p.born})`,
    },
  },
  check(ctx) {
    const issued = ctx.parsed<DateParse>('idIssueDate');
    const born = ctx.parsed<DateParse>('dateOfBirth');
    if (!hasValue(issued) || !issued.ok || !hasValue(born) || !born.ok) return null;
    if (born.precision === 'year' ? issued.date.year >= born.date.year : compareDates(issued.date, born.date) >= 0) return null;
    return { related: ['dateOfBirth'], params: { issued: issued.iso, born: born.iso }, personal: { born: 'dateOfBirth' } };
  },
});
