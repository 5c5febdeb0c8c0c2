import { defineRule } from '../../src/core';
import { hasValue } from '../fieldTypes';
import type { NameAnalysis } from '../nameAnalysis';

// Civil Code 2015, art. 26(3): a name is in Vietnamese or another language of Vietnam, never digits or a character that is not a letter.
export const nameCharacters = defineRule({
  id: 'name.characters',
  dimension: 'correct',
  severity: 'error',
  fields: ['fullName'],
  title: { vi: 'Họ tên chứa chữ số hoặc ký hiệu', en: 'Name contains digits or symbols' },
  messages: {
    default: {
      vi: (p) => `Họ tên chứa ${p.what}`,
      en: (p) => `The name contains ${p.whatEn}`,
    },
  },
  check(ctx) {
    const name = ctx.parsed<NameAnalysis>('fullName');
    if (!hasValue(name) || name.characters === null) return null;
    const { digits, symbols } = name.characters;
    const shown = symbols.slice(0, 5).join(' ');
    const what = [digits ? 'chữ số' : '', symbols.length > 0 ? `ký hiệu ${shown}` : ''].filter(Boolean).join(' và ');
    const whatEn = [digits ? 'digits' : '', symbols.length > 0 ? `symbols ${shown}` : ''].filter(Boolean).join(' and ');
    return { params: { what, whatEn } };
  },
});
