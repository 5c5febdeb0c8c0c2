import { defineRule } from '../../src/core';
import type { PersonalIdParse } from '../../src/vn/id';
import { hasValue } from '../fieldTypes';

// Law on Identification 2023, art. 12: each citizen has their own number, never repeated; a stand-in is no number.
export const personalIdPlaceholder = defineRule({
  id: 'id.personal.placeholder',
  dimension: 'clean',
  severity: 'error',
  fields: ['personalId'],
  title: { vi: 'Số định danh giả (số lặp, dãy số)', en: 'Placeholder personal ID (repeated or sequential digits)' },
  messages: {
    default: {
      vi: () => 'Số định danh là số giả (một chữ số lặp lại hoặc dãy số liên tiếp), không phải số được cấp',
      en: () => 'The personal ID is a placeholder (one repeated digit or a run of digits), not an issued number',
    },
  },
  check(ctx) {
    const id = ctx.parsed<PersonalIdParse>('personalId');
    return hasValue(id) && id.ok && id.placeholder ? {} : null;
  },
});
