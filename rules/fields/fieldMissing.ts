import { defineRule, type Finding } from '../../src/core';

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

const LABELS: Readonly<Record<string, [string, string]>> = Object.freeze({
  recordId: ['mã hồ sơ', 'record id'],
  personalId: ['số định danh cá nhân', 'personal ID number'],
  fullName: ['họ và tên', 'full name'],
  dateOfBirth: ['ngày sinh', 'date of birth'],
  sex: ['giới tính', 'sex'],
  phone: ['số điện thoại', 'phone number'],
  address: ['địa chỉ', 'address'],
  idIssueDate: ['ngày cấp', 'issue date'],
  updatedAt: ['ngày cập nhật', 'update date'],
});

export function labelVi(field: string): string {
  return LABELS[field]?.[0] ?? field;
}
export function labelEn(field: string): string {
  return LABELS[field]?.[1] ?? field;
}
