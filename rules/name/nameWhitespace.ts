import { defineRule } from '../../src/core';
import { hasValue } from '../fieldTypes';
import type { NameAnalysis } from '../nameAnalysis';

// Data-quality check, not a legal rule: stray and invisible spaces make the same name compare unequal across databases.
export const nameWhitespace = defineRule({
  id: 'name.whitespace',
  dimension: 'clean',
  severity: 'warning',
  weight: 0.5,
  fields: ['fullName'],
  title: { vi: 'Họ tên có khoảng trắng thừa hoặc ký tự trắng lạ', en: 'Name has stray, repeated or non-breaking spaces' },
  messages: {
    default: {
      vi: () => 'Họ tên có khoảng trắng thừa ở đầu/cuối, khoảng trắng kép, khoảng trắng không ngắt hoặc ký tự vô hình',
      en: () => 'The name has leading/trailing, repeated, non-breaking or invisible space characters',
    },
  },
  check(ctx) {
    const name = ctx.parsed<NameAnalysis>('fullName');
    return hasValue(name) && name.whitespace !== null ? { fix: name.canonical } : null;
  },
});
