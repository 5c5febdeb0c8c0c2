import { defineRule } from '../../src/core';
import { hasValue } from '../fieldTypes';
import type { NameAnalysis } from '../nameAnalysis';

// Names are written with each word capitalised (Decree 30/2020/NĐ-CP, Appendix II: capitalise personal names); all lower case is a typing shortcut.
export const nameLowercase = defineRule({
  id: 'name.lowercase',
  dimension: 'clean',
  severity: 'warning',
  weight: 0.5,
  fields: ['fullName'],
  title: { vi: 'Họ tên viết thường toàn bộ', en: 'Name written all in lower case' },
  messages: {
    default: {
      vi: () => 'Họ tên viết thường toàn bộ; cần viết hoa chữ cái đầu mỗi tiếng',
      en: () => 'The name is all lower case; each word should start with a capital',
    },
  },
  check(ctx) {
    const name = ctx.parsed<NameAnalysis>('fullName');
    return hasValue(name) && name.allLower ? { fix: name.canonical } : null;
  },
});
