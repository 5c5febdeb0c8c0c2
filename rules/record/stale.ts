import { defineRule } from '../../src/core';
import { anniversary, compareDates, formatIsoDate, type DateParse } from '../../src/vn/dates';
import { hasValue } from '../fieldTypes';

/** Default staleness limit, in years; a profile sets `options.stalenessYears`. */
export const DEFAULT_STALENESS_YEARS = 2;

// Data-quality check (the "live" criterion of Project 06): a record untouched for years has likely drifted from the person's current data.
export const recordStale = defineRule({
  id: 'record.stale',
  dimension: 'live',
  severity: 'warning',
  fields: ['updatedAt'],
  options: { stalenessYears: { min: 1, integer: true } },
  title: { vi: 'Bản ghi lâu không được cập nhật', en: 'Record not updated for a long time' },
  messages: {
    default: {
      vi: (p) => `Cập nhật lần cuối ngày ${p.updated}, đã quá ${p.years} năm tính đến ${p.asOf}`,
      en: (p) => `Last updated on ${p.updated}, more than ${p.years} years before ${p.asOf}`,
    },
  },
  check(ctx) {
    const updated = ctx.parsed<DateParse>('updatedAt');
    if (!hasValue(updated) || !updated.ok) return null;
    // Checked when the profile compiled (see `options` above).
    const years = (ctx.options.stalenessYears as number | undefined) ?? DEFAULT_STALENESS_YEARS;
    const limit = anniversary(updated.date, years);
    if (compareDates(ctx.asOf, limit) <= 0) return null;
    return { params: { updated: updated.iso, years, asOf: formatIsoDate(ctx.asOf) } };
  },
});
