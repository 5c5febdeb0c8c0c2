import { defineRule } from '../../src/core';
import type { PersonalIdParse } from '../../src/vn/id';
import { hasValue } from '../fieldTypes';

// The National Population Database stores the number as digits only (Decree 137/2015/NĐ-CP, art. 13: a string of 12 digits).
export const personalIdSeparators = defineRule({
  id: 'id.personal.separators',
  dimension: 'clean',
  severity: 'info',
  fields: ['personalId'],
  title: { vi: 'Số định danh có ký tự phân cách', en: 'Personal ID written with separators' },
  messages: {
    default: {
      vi: () => 'Số định danh có dấu cách, dấu chấm, gạch nối hoặc dấu nháy; chỉ nên lưu chữ số',
      en: () => 'The personal ID has spaces, dots, dashes or an apostrophe; store digits only',
    },
  },
  check(ctx) {
    const id = ctx.parsed<PersonalIdParse>('personalId');
    return hasValue(id) && id.ok && id.reformatted && !id.placeholder ? { fix: id.digits } : null;
  },
});
