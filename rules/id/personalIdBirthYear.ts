import { defineRule } from '../../src/core';
import type { DateParse } from '../../src/vn/dates';
import type { PersonalIdParse } from '../../src/vn/id';
import { hasValue } from '../fieldTypes';

// Decree 137/2015/NĐ-CP, art. 13: digits 4–6 code the century and the last two digits of the year of birth.
export const personalIdBirthYear = defineRule({
  id: 'id.personal.birth-year',
  dimension: 'correct',
  severity: 'error',
  fields: ['personalId', 'dateOfBirth'],
  title: { vi: 'Năm sinh trong số định danh khác ngày sinh', en: 'Birth year in the personal ID contradicts the date of birth' },
  messages: {
    default: {
      vi: (p) => `Năm sinh trong số định danh (${p.idYear}) khác năm sinh trong ngày sinh (${p.dobYear})`,
      en: (p) => `Birth year in the personal ID (${p.idYear}) differs from the year of the date of birth (${p.dobYear})`,
    },
  },
  check(ctx) {
    const id = ctx.parsed<PersonalIdParse>('personalId');
    const dob = ctx.parsed<DateParse>('dateOfBirth');
    if (!hasValue(id) || !id.ok || id.kind !== 'personal-id' || id.placeholder || !hasValue(dob) || !dob.ok) return null;
    if (id.birthYear === dob.date.year) return null;
    return { related: ['dateOfBirth'], params: { idYear: id.birthYear, dobYear: dob.date.year } };
  },
});
