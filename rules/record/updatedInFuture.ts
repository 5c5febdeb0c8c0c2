import { defineRule } from '../../src/core';
import { compareDates, formatIsoDate, type DateParse } from '../../src/vn/dates';
import { hasValue } from '../fieldTypes';

// Data-quality check: an update stamp is a past event as of asOf; a later one (a typo, a clock set wrong) says nothing
// of how live the record is, and would keep record.stale silent whatever the record's real age.
export const recordUpdatedInFuture = defineRule({
  id: 'record.updated-future',
  dimension: 'correct',
  // As for an unreadable update stamp (date.invalid): the stamp is wrong, not the person's data.
  severity: 'warning',
  fields: ['updatedAt'],
  title: { vi: 'Ngày cập nhật ở tương lai', en: 'Update date in the future' },
  messages: {
    default: {
      vi: (p) => `Ngày cập nhật (${p.updated}) sau ngày đối chiếu ${p.asOf}: không biết bản ghi được cập nhật lần cuối khi nào`,
      en: (p) => `Update date (${p.updated}) is after the as-of date ${p.asOf}: when the record was last updated is unknown`,
    },
  },
  check(ctx) {
    const updated = ctx.parsed<DateParse>('updatedAt');
    if (!hasValue(updated) || !updated.ok || compareDates(updated.date, ctx.asOf) <= 0) return null;
    return { params: { updated: updated.iso, asOf: formatIsoDate(ctx.asOf) } };
  },
});
