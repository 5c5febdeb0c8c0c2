import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNFC, toNFC } from '../../../src/vn/text';
import { anyVietnameseName } from './vietnameseNames';

describe('isNFC / toNFC', () => {
  it.each([
    ['Nguyễn Văn Đức', true],
    ['Nguye\u0302\u0303n', false], // NFD, as macOS file names and some web forms send it
    ['Ho\u0300a', false],
    ['Hoà', true],
    ['plain ascii', true],
    ['', true],
    ['\u212b', false], // ANGSTROM SIGN: a singleton that NFC replaces
    ['日本', true],
  ])('isNFC(%j) is %s', (text, expected) => {
    expect(isNFC(text)).toBe(expected);
  });

  it.each([
    ['Nguye\u0302\u0303n', 'Nguyễn'],
    ['Ho\u0300a', 'Hòa'],
    ['D\u0323a\u0306ng', 'Ḍăng'],
  ])('toNFC(%j) is %j', (text, expected) => {
    expect(toNFC(text)).toBe(expected);
  });

  it('returns the very same string when already NFC', () => {
    const s = 'Trần Thị Thuỷ';
    expect(toNFC(s)).toBe(s);
  });

  it('agrees with String.prototype.normalize on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(isNFC(s)).toBe(s.normalize('NFC') === s);
        expect(toNFC(s)).toBe(s.normalize('NFC'));
      }),
    );
  });

  it('NFD Vietnamese names come back to their NFC form', () => {
    fc.assert(fc.property(anyVietnameseName, (name) => toNFC(name.normalize('NFD')) === name));
  });
});
