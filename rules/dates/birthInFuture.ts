import { defineRule } from '../../src/core';
import { compareDates, formatIsoDate, type DateParse } from '../../src/vn/dates';
import { hasValue } from '../fieldTypes';

// Data-quality check: a birth is registered after it happens, so a birth date after asOf cannot be right.
export const birthInFuture = defineRule({
  id: 'dob.future',
  dimension: 'correct',
  severity: 'error',
  fields: ['dateOfBirth'],
  title: { vi: 'Ngày sinh ở tương lai', en: 'Date of birth in the future' },
  messages: {
    default: {
      vi: (p) => `Ngày sinh (${p.born}) sau ngày đối chiếu ${p.asOf}`,
      en: (p) => `Date of birth (${p.born}) is after the as-of date ${p.asOf}`,
    },
  },
  check(ctx) {
    const born = ctx.parsed<DateParse>('dateOfBirth');
    if (!hasValue(born) || !born.ok) return null;
    const after = born.precision === 'year' ? born.date.year > ctx.asOf.year : compareDates(born.date, ctx.asOf) > 0;
    return after ? { params: { born: born.iso, asOf: formatIsoDate(ctx.asOf) }, personal: { born: 'dateOfBirth' } } : null;
  },
});
