import { defineRule } from '../../src/core';
import type { SexValue } from '../../src/vn/person';
import { hasValue } from '../fieldTypes';

// Law on Identification 2023, art. 9: the database records sex as male or female (nam/nữ).
export const sexUnrecognised = defineRule({
  id: 'sex.unrecognised',
  dimension: 'correct',
  severity: 'warning',
  fields: ['sex'],
  title: { vi: 'Giới tính không đọc được', en: 'Unreadable sex' },
  messages: {
    default: {
      vi: (p) => `Không đọc được giới tính "${p.value}" (dùng Nam hoặc Nữ)`,
      en: (p) => `Cannot read sex "${p.value}" (use Nam or Nữ)`,
    },
  },
  check(ctx) {
    const sex = ctx.parsed<SexValue | null>('sex');
    // The value is masked like the column: a name or an ID shifted into it by a ragged row must not show.
    return hasValue(sex) && sex === null ? { params: { value: ctx.text('sex').trim() }, personal: { value: 'sex' } } : null;
  },
});
