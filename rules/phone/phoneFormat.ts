import { defineRule } from '../../src/core';
import type { PhoneParse } from '../../src/vn/phone';
import { hasValue } from '../fieldTypes';
import { tidiedPhone } from './tidiedPhone';

// Circular 22/2014/TT-BTTTT (national numbering plan) numbers digits only: brackets and stray spaces are how it is
// written, not which number it is, so the record is unclean rather than wrong.
export const phoneFormat = defineRule({
  id: 'phone.format',
  dimension: 'clean',
  severity: 'warning',
  fields: ['phone'],
  title: { vi: 'Số điện thoại viết kèm ký tự thừa', en: 'Phone number with stray characters' },
  messages: {
    default: {
      vi: (p) => `Số điện thoại viết kèm dấu ngoặc, khoảng trắng đầu/cuối hoặc dấu câu thừa; viết đúng là ${p.fixed}`,
      en: (p) => `The phone number is written with stray brackets, surrounding spaces or punctuation; written properly it is ${p.fixed}`,
    },
  },
  check(ctx) {
    const phone = ctx.parsed<PhoneParse>('phone');
    if (!hasValue(phone) || phone.valid || phone.legacy !== null) return null;
    const tidied = tidiedPhone(ctx.text('phone'));
    if (tidied === null) return null;
    // A retired number written with stray characters gets today's number: the same fix phone.legacy gives.
    const fixed = tidied.legacy?.current ?? tidied.e164!;
    return { params: { fixed }, personal: { fixed: 'phone' }, fix: fixed };
  },
});
