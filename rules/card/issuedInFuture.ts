import { defineRule } from '../../src/core';
import { compareDates, formatIsoDate, type DateParse } from '../../src/vn/dates';
import { hasValue } from '../fieldTypes';

// Data-quality check: a card's issue date is a past event as of asOf.
export const cardIssuedInFuture = defineRule({
  id: 'id.card.issued-future',
  dimension: 'correct',
  severity: 'error',
  fields: ['idIssueDate'],
  title: { vi: 'Ngày cấp ở tương lai', en: 'Issue date in the future' },
  messages: {
    default: {
      vi: (p) => `Ngày cấp (${p.issued}) sau ngày đối chiếu ${p.asOf}`,
      en: (p) => `Issue date (${p.issued}) is after the as-of date ${p.asOf}`,
    },
  },
  check(ctx) {
    const issued = ctx.parsed<DateParse>('idIssueDate');
    if (!hasValue(issued) || !issued.ok || compareDates(issued.date, ctx.asOf) <= 0) return null;
    return { params: { issued: issued.iso, asOf: formatIsoDate(ctx.asOf) } };
  },
});
