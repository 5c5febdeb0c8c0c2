import { defineRule } from '../../src/core';
import type { PersonalIdParse } from '../../src/vn/id';
import { hasValue } from '../fieldTypes';

// Decree 137/2015/NĐ-CP, art. 13: the personal ID number has 12 digits (the legacy CMND, 9).
export const personalIdFormat = defineRule({
  id: 'id.personal.format',
  dimension: 'correct',
  severity: 'error',
  fields: ['personalId'],
  title: { vi: 'Số định danh sai định dạng', en: 'Malformed personal ID number' },
  messages: {
    default: {
      vi: (p) => `Số định danh phải gồm 12 chữ số (hoặc 9 với CMND cũ), nhận được ${p.count} chữ số`,
      en: (p) => `A personal ID has 12 digits (9 for a legacy CMND), got ${p.count} digits`,
    },
    characters: {
      vi: () => 'Số định danh chỉ được gồm chữ số',
      en: () => 'A personal ID may contain digits only',
    },
    zeros: {
      vi: (p) => `Số định danh có ${p.count} chữ số: có lẽ bảng tính đã bỏ số 0 ở đầu`,
      en: (p) => `The personal ID has ${p.count} digits: a spreadsheet probably dropped its leading zero(s)`,
    },
  },
  check(ctx) {
    const id = ctx.parsed<PersonalIdParse>('personalId');
    if (!hasValue(id) || id.ok || id.reason === 'empty') return null;
    if (id.reason === 'characters') return { message: 'characters' };
    if (id.restoredLeadingZeros !== null) return { message: 'zeros', params: { count: id.digitCount }, fix: id.restoredLeadingZeros };
    return { params: { count: id.digitCount } };
  },
});
