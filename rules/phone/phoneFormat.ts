import { defineRule, type Finding } from '../../src/core';
import type { PhoneParse } from '../../src/vn/phone';
import { hasValue } from '../fieldTypes';
import { phoneCellProblem } from './phoneCell';
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
    several: {
      vi: (p) => `Ô số điện thoại ghi ${p.count} số; mỗi trường chỉ ghi một số (số khác để ở cột khác)`,
      en: (p) => `The phone cell holds ${p.count} numbers; keep one number per field (others belong in another column)`,
    },
    note: {
      vi: () => 'Ô số điện thoại ghi kèm chữ bên cạnh số; chỉ ghi số (ghi chú để ở cột khác)',
      en: () => 'The phone cell holds words beside the number; keep the number alone (notes belong in another column)',
    },
  },
  check(ctx): Finding | null {
    const phone = ctx.parsed<PhoneParse>('phone');
    if (!hasValue(phone)) return null;
    // Two numbers, or one with a note: which one the record means, and whether the note matters, is not for ddss
    // to decide, so no fix. libphonenumber reads "0912345678; 0987654321" as one valid number: valid values too.
    const cell = phoneCellProblem(ctx.text('phone'));
    if (cell !== null) return cell.kind === 'several' ? { message: 'several', params: { count: cell.count } } : { message: 'note' };
    if (phone.valid || phone.legacy !== null) return null;
    const tidied = tidiedPhone(ctx.text('phone'));
    if (tidied === null) return null;
    // A retired number written with stray characters gets today's number: the same fix phone.legacy gives.
    const fixed = tidied.legacy?.current ?? tidied.e164!;
    return { params: { fixed }, personal: { fixed: 'phone' }, fix: fixed };
  },
});
