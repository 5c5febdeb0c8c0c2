import { defineRule } from '../../src/core';
import type { PhoneParse } from '../../src/vn/phone';
import { hasValue } from '../fieldTypes';
import { phoneCellProblem } from './phoneCell';
import { tidiedPhone } from './tidiedPhone';

// Circular 22/2014/TT-BTTTT (national numbering plan): a number must fit the plan; libphonenumber's metadata encodes it.
export const phoneInvalid = defineRule({
  id: 'phone.invalid',
  dimension: 'correct',
  severity: 'error',
  fields: ['phone'],
  title: { vi: 'Số điện thoại không hợp lệ', en: 'Invalid phone number' },
  messages: {
    default: {
      vi: () => 'Số điện thoại không phải số hợp lệ theo kho số viễn thông Việt Nam',
      en: () => 'The phone number is not a valid number in the Vietnamese numbering plan',
    },
  },
  check(ctx) {
    const phone = ctx.parsed<PhoneParse>('phone');
    // An 11-digit mobile or an old area code was valid once: phone.legacy reports it as out of date instead. A valid
    // number in stray brackets or spaces, two valid numbers in one cell, or one with a note beside it, is
    // phone.format's (clean), not a wrong number.
    if (!hasValue(phone) || phone.valid || phone.legacy !== null) return null;
    const text = ctx.text('phone');
    return tidiedPhone(text) === null && phoneCellProblem(text) === null ? {} : null;
  },
});
