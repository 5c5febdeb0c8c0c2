import { defineRule } from '../../src/core';
import type { PhoneParse } from '../../src/vn/phone';
import { hasValue } from '../fieldTypes';
import { phoneCellProblem } from './phoneCell';

// MIC: 11-digit mobile prefixes converted to 10 digits in 2018; landline area codes changed in 2017 (Circular 22/2014/TT-BTTTT).
export const phoneLegacy = defineRule({
  id: 'phone.legacy',
  dimension: 'live',
  severity: 'warning',
  fields: ['phone'],
  title: { vi: 'Số điện thoại theo đầu số cũ', en: 'Phone number with a retired prefix' },
  messages: {
    default: {
      vi: (p) => `Số di động 11 số đã chuyển sang 10 số từ năm 2018; số mới là ${p.current}`,
      en: (p) => `11-digit mobile numbers moved to 10 digits in 2018; the current number is ${p.current}`,
    },
    landline: {
      vi: (p) => `Mã vùng điện thoại cố định đã đổi từ năm 2017; số mới là ${p.current}`,
      en: (p) => `Landline area codes changed in 2017; the current number is ${p.current}`,
    },
  },
  check(ctx) {
    const phone = ctx.parsed<PhoneParse>('phone');
    if (!hasValue(phone) || phone.legacy === null) return null;
    const current = phone.legacy.current;
    const message = phone.legacy.kind === 'landline-area-code' ? 'landline' : 'default';
    // A cell of several numbers ("01681234567; 0987654321", phone.format's): the fix would drop the others.
    if (phoneCellProblem(ctx.text('phone'))?.kind === 'several') return { message, params: { current }, personal: { current: 'phone' } };
    return { message, params: { current }, personal: { current: 'phone' }, fix: current };
  },
});
