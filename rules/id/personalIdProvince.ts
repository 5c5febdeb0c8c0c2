import { defineRule } from '../../src/core';
import type { PersonalIdParse } from '../../src/vn/id';
import { hasValue } from '../fieldTypes';

// Circular 07/2016/TT-BCA, Appendix 1: the first 3 digits are one of 63 province-of-birth-registration codes.
export const personalIdProvince = defineRule({
  id: 'id.personal.province',
  dimension: 'correct',
  severity: 'error',
  fields: ['personalId'],
  title: { vi: 'Mã tỉnh trong số định danh không tồn tại', en: 'Unknown province code in the personal ID' },
  messages: {
    default: {
      vi: (p) => `Mã tỉnh nơi đăng ký khai sinh "${p.code}" không thuộc 63 mã tỉnh`,
      en: (p) => `Province-of-registration code "${p.code}" is not one of the 63 province codes`,
    },
  },
  check(ctx) {
    const id = ctx.parsed<PersonalIdParse>('personalId');
    if (!hasValue(id) || !id.ok || id.kind !== 'personal-id' || id.placeholder || id.provinceName !== null) return null;
    return { params: { code: id.provinceCode } };
  },
});
