import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../../src/io/render/oneLine';

describe('oneLine', () => {
  it.each([
    ['Thành phố Hà Nội', 'Thành phố Hà Nội'],
    ['Hà Nội\nLào Cai', 'Hà Nội Lào Cai'],
    ['a\r\n\tb', 'a b'],
    ['\u001b[31mđỏ\u001b[0m', ' [31mđỏ [0m'],
    ['x\u2028y\u2029z\u0085', 'x y z '],
  ])('%j → %j', (input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });

  it('leaves no control character and changes nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = oneLine(s);
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        expect(out.replace(/ /g, '')).toBe(s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029 ]/g, ''));
      }),
    );
  });
});
