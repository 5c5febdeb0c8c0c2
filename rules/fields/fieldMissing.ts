import { defineRule, type Finding } from '../../src/core';
import { FIELD_LABELS } from '../fieldLabels';

// Law on Identification 2023, art. 9: the population database holds these data for every citizen; a synced record must carry the ones its profile requires.
export const fieldMissing = defineRule({
  id: 'field.missing',
  dimension: 'complete',
  severity: 'error',
  fields: ['*'],
  title: { vi: 'Thiếu trường bắt buộc', en: 'Required field missing' },
  messages: {
    default: {
      vi: (p) => `Thiếu ${p.label}`,
      en: (p) => `Missing ${p.labelEn}`,
    },
  },
  check(ctx) {
    let findings: Finding[] | null = null;
    for (const field of ctx.blankFields) {
      if (!ctx.required(field)) continue;
      (findings ??= []).push({ field, params: { label: labelVi(field), labelEn: labelEn(field) }, value: null });
    }
    return findings;
  },
});

export function labelVi(field: string): string {
  return FIELD_LABELS[field]?.vi ?? field;
}
export function labelEn(field: string): string {
  return FIELD_LABELS[field]?.en ?? field;
}
