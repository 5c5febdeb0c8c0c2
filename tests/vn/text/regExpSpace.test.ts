import { describe, expect, it } from 'vitest';
import { isRegExpSpace } from '../../../src/vn/text';

describe('isRegExpSpace', () => {
  it.each([
    [' ', true],
    ['\t', true],
    ['\n', true],
    ['\u00a0', true],
    ['\u2003', true],
    ['\u202f', true],
    ['\u3000', true],
    ['\ufeff', true],
    ['a', false],
    ['đ', false],
    ['\u200b', false],
    ['\u0085', false],
  ])('%j → %s', (ch, expected) => {
    expect(isRegExpSpace(ch.charCodeAt(0))).toBe(expected);
  });

  // All 65,536 code units, not a sample: the loops that use it must split exactly where /\s/ would.
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isRegExpSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(`U+${c.toString(16)}`);
    expect(differ).toEqual([]);
  });
});
