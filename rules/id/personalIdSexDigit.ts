import { defineRule } from '../../src/core';
import type { PersonalIdParse } from '../../src/vn/id';
import type { SexValue } from '../../src/vn/person';
import { hasValue } from '../fieldTypes';

const SEX_VI = { male: 'nam', female: 'nữ' } as const;
const SEX_EN = { male: 'male', female: 'female' } as const;

// Decree 137/2015/NĐ-CP, art. 13: the 4th digit codes century of birth and sex (even: male, odd: female).
export const personalIdSexDigit = defineRule({
  id: 'id.personal.sex-digit',
  dimension: 'correct',
  severity: 'error',
  fields: ['personalId', 'sex'],
  title: { vi: 'Mã giới tính trong số định danh khác giới tính', en: 'Sex digit in the personal ID contradicts sex' },
  messages: {
    default: {
      vi: (p) => `Chữ số thứ 4 của số định danh (${p.digit}) là của giới tính ${SEX_VI[p.id as SexValue]}, nhưng giới tính ghi là ${SEX_VI[p.sex as SexValue]}`,
      en: (p) => `The 4th digit of the personal ID (${p.digit}) is for a ${SEX_EN[p.id as SexValue]}, but sex is recorded as ${SEX_EN[p.sex as SexValue]}`,
    },
  },
  check(ctx) {
    const id = ctx.parsed<PersonalIdParse>('personalId');
    const sex = ctx.parsed<SexValue | null>('sex');
    if (!hasValue(id) || !id.ok || id.kind !== 'personal-id' || id.placeholder || !hasValue(sex) || sex === null) return null;
    if (id.sex === sex) return null;
    return { related: ['sex'], params: { digit: id.centurySexDigit, id: id.sex, sex } };
  },
});
