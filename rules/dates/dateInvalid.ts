import { defineRule, type Finding } from '../../src/core';
import type { DateParse } from '../../src/vn/dates';
import { hasValue } from '../fieldTypes';

const DATE_FIELDS = ['dateOfBirth', 'idIssueDate', 'updatedAt'] as const;

// Data-quality check: a date must name a real day of the Gregorian calendar; 31/02 and month 13 are typing errors, never rolled over.
export const dateInvalid = defineRule({
  id: 'date.invalid',
  dimension: 'correct',
  severity: 'error',
  fields: ['*'],
  title: { vi: 'Ngày không đọc được hoặc không tồn tại', en: 'Unreadable or impossible date' },
  messages: {
    default: {
      vi: (p) => `Không đọc được ngày "${p.value}" (dùng dd/MM/yyyy hoặc yyyy-MM-dd)`,
      en: (p) => `Cannot read the date "${p.value}" (use dd/MM/yyyy or yyyy-MM-dd)`,
    },
    impossible: {
      vi: (p) => `Ngày "${p.value}" không tồn tại trên lịch`,
      en: (p) => `The date "${p.value}" does not exist on the calendar`,
    },
  },
  check(ctx) {
    let findings: Finding[] | null = null;
    for (const field of DATE_FIELDS) {
      const parsed = ctx.parsed<DateParse | undefined>(field);
      if (!hasValue(parsed) || parsed.ok || parsed.reason === 'empty') continue;
      (findings ??= []).push({
        field,
        message: parsed.reason === 'impossible' ? 'impossible' : 'default',
        params: { value: ctx.text(field).trim() },
        personal: { value: field },
        // An unreadable update stamp weakens liveness checks but does not make the person's data wrong.
        severity: field === 'updatedAt' ? 'warning' : undefined,
      });
    }
    return findings;
  },
});
