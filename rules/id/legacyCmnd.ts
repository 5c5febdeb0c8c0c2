import { defineRule } from '../../src/core';
import { compareDates, formatIsoDate } from '../../src/vn/dates';
import { CMND_VALID_UNTIL, type PersonalIdParse } from '../../src/vn/id';
import { hasValue } from '../fieldTypes';

// Law on Identification 2023, art. 46(2): a 9-digit CMND remains valid until 31 December 2024 at the latest.
export const legacyCmnd = defineRule({
  id: 'id.cmnd',
  dimension: 'live',
  severity: 'error',
  fields: ['personalId'],
  title: { vi: 'Số CMND 9 số đã hết giá trị', en: 'Legacy 9-digit CMND number' },
  messages: {
    default: {
      vi: () => `Số CMND 9 số hết giá trị sử dụng sau ngày ${formatIsoDate(CMND_VALID_UNTIL)}; cần số định danh 12 số`,
      en: () => `9-digit CMND numbers lost validity after ${formatIsoDate(CMND_VALID_UNTIL)}; a 12-digit personal ID is needed`,
    },
    soon: {
      vi: () => `Số CMND 9 số chỉ còn giá trị đến ngày ${formatIsoDate(CMND_VALID_UNTIL)}`,
      en: () => `9-digit CMND numbers are valid only until ${formatIsoDate(CMND_VALID_UNTIL)}`,
    },
  },
  check(ctx) {
    const id = ctx.parsed<PersonalIdParse>('personalId');
    if (!hasValue(id) || !id.ok || id.kind !== 'cmnd' || id.placeholder) return null;
    return compareDates(ctx.asOf, CMND_VALID_UNTIL) > 0 ? {} : { message: 'soon', severity: 'warning' };
  },
});
