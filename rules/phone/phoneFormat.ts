import { defineRule } from '../../src/core';
import type { PhoneParse } from '../../src/vn/phone';
import { hasValue } from '../fieldTypes';

// ITU-T E.164: the one canonical form (+84…) that every system compares equal; a suggestion, not a fault (weight 0).
export const phoneFormat = defineRule({
  id: 'phone.format',
  dimension: 'clean',
  severity: 'info',
  weight: 0,
  fields: ['phone'],
  title: { vi: 'Số điện thoại chưa ở dạng chuẩn E.164', en: 'Phone number not in canonical E.164 form' },
  messages: {
    default: {
      vi: (p) => `Số điện thoại hợp lệ; dạng chuẩn để lưu là ${p.e164}`,
      en: (p) => `Valid phone number; its canonical form for storage is ${p.e164}`,
    },
  },
  check(ctx) {
    const phone = ctx.parsed<PhoneParse>('phone');
    if (!hasValue(phone) || !phone.valid || phone.e164 === null || phone.e164 === ctx.text('phone')) return null;
    return { params: { e164: phone.e164 }, personal: { e164: 'phone' }, fix: phone.e164 };
  },
});
