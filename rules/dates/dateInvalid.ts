import { defineRule, type Finding } from '../../src/core';
import { parseDate, type DateParse } from '../../src/vn/dates';
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
    excelSerial: {
      vi: (p) => `"${p.value}" có vẻ là số ngày kiểu Excel (ngày ${p.date}), không phải ngày: định dạng cột là ngày trước khi xuất tệp`,
      en: (p) => `"${p.value}" looks like an Excel serial day number (${p.date}), not a date: format the column as dates before exporting`,
    },
  },
  check(ctx) {
    let findings: Finding[] | null = null;
    for (const field of DATE_FIELDS) {
      const parsed = ctx.parsed<DateParse | undefined>(field);
      if (!hasValue(parsed) || parsed.ok || parsed.reason === 'empty') continue;
      const text = ctx.text(field).trim();
      const serial = parsed.reason === 'unrecognised' ? excelSerialDate(text) : null;
      (findings ??= []).push({
        field,
        message: serial !== null ? 'excelSerial' : parsed.reason === 'impossible' ? 'impossible' : 'default',
        params: serial !== null ? { value: text, date: serial } : { value: text },
        personal: serial !== null ? { value: field, date: field } : { value: field },
        // An unreadable update stamp weakens liveness checks but does not make the person's data wrong.
        severity: field === 'updatedAt' ? 'warning' : undefined,
      });
    }
    return findings;
  },
});

/**
 * The day a text of five digits names as an Excel serial (`33970` → `01/01/1993`), or null: what a date column
 * formatted as General holds once the sheet is saved as CSV. Said in the message, not offered as a fix: a workbook in
 * the 1904 date system (Excel for Mac before 2011) gives the same number to a day four years later.
 */
function excelSerialDate(text: string): string | null {
  if (!/^\d{5}$/u.test(text)) return null;
  const day = parseDate(Number(text));
  if (!day.ok) return null;
  const { year, month, day: d } = day.date;
  return `${String(d).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
