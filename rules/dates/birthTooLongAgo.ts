import { defineRule } from '../../src/core';
import { ageOn, type DateParse } from '../../src/vn/dates';
import { hasValue } from '../fieldTypes';

/** Oldest plausible age. Vietnam's oldest verified citizens have been under 125; over 120 is a typing error or a dead record. */
export const MAX_PLAUSIBLE_AGE = 120;

// Data-quality bound, not a legal one: records over 120 years old are typos (1899 for 1989) or deaths never recorded.
export const birthTooLongAgo = defineRule({
  id: 'dob.too-old',
  dimension: 'correct',
  severity: 'error',
  fields: ['dateOfBirth'],
  title: { vi: 'Ngày sinh quá xa (trên 120 tuổi)', en: 'Date of birth more than 120 years ago' },
  messages: {
    default: {
      vi: (p) => `Ngày sinh ${p.born} cho ${p.age} tuổi, quá ${MAX_PLAUSIBLE_AGE} tuổi`,
      en: (p) => `Date of birth ${p.born} makes the person ${p.age}, over ${MAX_PLAUSIBLE_AGE}`,
    },
  },
  check(ctx) {
    const born = ctx.parsed<DateParse>('dateOfBirth');
    if (!hasValue(born) || !born.ok) return null;
    const age = born.precision === 'year' ? ctx.asOf.year - born.date.year : ageOn(born.date, ctx.asOf);
    return age > MAX_PLAUSIBLE_AGE ? { params: { born: born.iso, age }, personal: { born: 'dateOfBirth' } } : null;
  },
});
