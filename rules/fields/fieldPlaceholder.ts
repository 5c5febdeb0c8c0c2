import { defineRule, type Finding } from '../../src/core';
import { labelEn, labelVi } from './fieldMissing';

// A filler ("N/A", "0", "-", "không có") stands where data should be: the field is as empty as a blank one.
export const fieldPlaceholder = defineRule({
  id: 'field.placeholder',
  dimension: 'complete',
  severity: 'error',
  fields: ['*'],
  title: { vi: 'Giá trị giữ chỗ thay cho dữ liệu', en: 'Placeholder instead of a value' },
  messages: {
    default: {
      vi: (p) => `${p.label} là giá trị giữ chỗ "${p.value}", không phải dữ liệu`,
      en: (p) => `${p.labelEn} is a placeholder "${p.value}", not data`,
    },
  },
  check(ctx) {
    let findings: Finding[] | null = null;
    // The engine decides once per field whether its value is a filler (the catalogue's isFiller).
    for (const field of ctx.fillerFields) {
      const text = ctx.text(field);
      const label = labelVi(field);
      (findings ??= []).push({
        field,
        params: { label: label.charAt(0).toUpperCase() + label.slice(1), labelEn: capitalise(labelEn(field)), value: text.trim() },
        // Optional fields with a filler are untidy, not incomplete.
        severity: ctx.required(field) ? 'error' : 'warning',
      });
    }
    return findings;
  },
});

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
