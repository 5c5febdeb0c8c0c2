import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { parsePhone, validateRecord } from '../../src';
import { vnPhoneArb } from '../../src/arbitraries';
import { tidiedPhone } from '../../rules/phone/tidiedPhone';

const base = {
  so_dinh_danh: '001099012345',
  ho_ten: 'Nguyễn Văn An',
  ngay_sinh: '15/03/1999',
  gioi_tinh: 'Nam',
  dia_chi: '12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh',
};
const asOf = '2026-11-01';
const phoneIssues = (phone: string) =>
  validateRecord({ ...base, so_dien_thoai: phone }, 'citizen', { asOf, mask: false })
    .issues.filter((i) => i.field === 'phone')
    .map((i) => [i.rule, i.fix]);

describe('phone.format', () => {
  it.each([
    ['(+84) 912 345 678', '+84912345678'],
    ['(+84)912345678', '+84912345678'],
    [' +84912345678', '+84912345678'],
    ['\t+84 912 345 678 ', '+84912345678'],
    ['0912345678;', '+84912345678'],
    ['(+84) 24 3825 1234', '+842438251234'],
    ['(+84) 168 123 4567', '+84381234567'], // a retired 11-digit mobile in brackets: today's number
  ])('%j is a valid number written with stray characters: a clean warning, fixed to %s', (phone, fix) => {
    expect(phoneIssues(phone)).toEqual([['phone.format', fix]]);
  });

  it.each(['0912345678 (Zalo)', '0912 345', '(+84) 12 345', 'tel:0912345678', '0912345678 / 0987654321', '(((', ' '])('%j stays what it was (not tidied into a number)', (phone) => {
    expect(phoneIssues(phone).filter(([rule, fix]) => rule === 'phone.format' && fix !== null)).toEqual([]);
  });

  it.each([
    ['0912345678; 0987654321', 'several', '2 numbers'],
    ['0912345678 - 0987654321', 'several', '2 numbers'],
    ['0912345678/0987654321', 'several', '2 numbers'],
    ['0912.345.678 hoặc 024 3825 1234', 'several', '2 numbers'],
    ['0912345678, 0987654321, 0243 8251 234', 'several', '3 numbers'],
    ['0912345678 (Zalo)', 'note', 'words beside the number'],
    ['Zalo: 0912345678', 'note', 'words beside the number'],
    ['+84 912 345 678 (chồng)', 'note', 'words beside the number'],
  ])('%j holds valid numbers but not one alone: phone.format (%s), no fix, and no phone.invalid', (phone, _kind, says) => {
    const issues = validateRecord({ ...base, so_dien_thoai: phone }, 'citizen', { asOf, lang: 'en' }).issues.filter((i) => i.field === 'phone');
    expect(issues.map((i) => [i.rule, i.fix])).toEqual([['phone.format', null]]);
    expect(issues[0]!.message).toContain(says);
  });

  it.each(['0912345678 - 0123', '0912345678 (0987654321)', '0912-345-678', '0912 345 678'])('%j is no cell of several numbers', (phone) => {
    expect(phoneIssues(phone).filter(([rule, fix]) => rule === 'phone.format' && fix === null)).toEqual([]);
  });

  it('property: any two or three valid numbers, however each is written, joined as people join them: one phone.format, no fix', () => {
    const written = fc.oneof(vnPhoneArb(), vnPhoneArb({ type: 'fixed-line' }));
    const joiner = fc.constantFrom('; ', ', ', ' - ', ' / ', '/', ' | ', ' và ', ' hoặc ', '\n');
    fc.assert(
      fc.property(fc.array(written, { minLength: 2, maxLength: 3 }), joiner, (phones, join) => {
        const issues = phoneIssues(phones.join(join));
        expect(issues).toEqual([['phone.format', null]]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a retired number among several keeps its phone.legacy finding, without the fix that would drop the others', () => {
    fc.assert(
      fc.property(vnPhoneArb({ format: 'national' }), (phone) => {
        const issues = phoneIssues(`0168 123 4567; ${phone}`);
        expect(issues).toEqual([
          ['phone.format', null],
          ['phone.legacy', null],
        ]);
      }),
      { numRuns: 100 },
    );
  });

  it('is the only phone issue for any valid number in brackets or with surrounding spaces, and its fix is that number', () => {
    fc.assert(
      fc.property(vnPhoneArb({ format: 'e164' }), fc.constantFrom('(+84) ', '(+84)', ' +84', '\u00a0+84 '), fc.constantFrom('', ' ', ';', '\t'), (e164, before, after) => {
        const written = `${before}${e164.slice(3)}${after}`;
        const issues = phoneIssues(written);
        if (isValidPhoneNumber(written, 'VN')) {
          expect(issues).toEqual([]);
        } else {
          expect(issues).toEqual([['phone.format', e164]]);
        }
      }),
    );
  });

  // It remembers its last answer (two rules ask in turn): asked in any order, it answers as a fresh parse does.
  it('answers the same whatever it was asked before', () => {
    const text = fc.oneof(fc.string({ maxLength: 16 }), fc.constantFrom('(+84) 912 345 678', '0912345678;', ' 0168 123 4567', '0912345678 (Zalo)', ''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), (texts) => {
        for (const t of texts) {
          const tidy = t.replace(/^[\s\u200b\ufeff]+|[\s\u200b\ufeff;,.]+$|[()]/gu, '');
          const fresh = tidy === t || tidy === '' ? null : parsePhone(tidy);
          expect(tidiedPhone(t)).toEqual(fresh !== null && (fresh.valid || fresh.legacy !== null) ? fresh : null);
        }
      }),
    );
  });

  it('never drops a digit, a letter or a second number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const tidied = tidiedPhone(text);
        if (tidied === null) return;
        expect(text.replace(/[()\s\u200b\ufeff;,.]/gu, '')).toMatch(/^[+\d-]*$/u);
      }),
    );
  });
});
