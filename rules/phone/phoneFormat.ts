import { defineRule } from '../../src/core';
import type { PhoneParse } from '../../src/vn/phone';
import { hasValue } from '../fieldTypes';

// ITU-T E.164: a form (+84…) that every system compares equal; a suggestion for spaced or dotted writings, not a fault (weight 0).
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
    if (!hasValue(phone) || !phone.valid || phone.e164 === null) return null;
    // Digits only, in national (0912345678) or E.164 form, is already a clean form; only spaced-out,
    // dotted or bracketed writings get the suggestion.
    const text = ctx.text('phone');
    if (text === phone.e164 || text === phone.national) return null;
    return { params: { e164: phone.e164 }, personal: { e164: 'phone' }, fix: phone.e164 };
  },
});
