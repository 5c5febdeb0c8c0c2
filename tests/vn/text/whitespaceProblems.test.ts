import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { whitespaceProblems } from '../../../src/vn/text';

const none = { leading: false, trailing: false, repeated: false, nbsp: false, zeroWidth: false, control: false };

describe('whitespaceProblems', () => {
  it.each([
    ['Nguyễn Văn Đức', null],
    ['', null],
    ['A', null],
    [' Lê Hoa', { ...none, leading: true }],
    ['Lê Hoa ', { ...none, trailing: true }],
    ['Lê  Hoa', { ...none, repeated: true }],
    ['Lê\u00a0Hoa', { ...none, nbsp: true }],
    ['Lê\u202fHoa', { ...none, nbsp: true }],
    ['Lê\u200bHoa', { ...none, zeroWidth: true }],
    ['\ufeffLê Hoa', { ...none, zeroWidth: true }],
    ['Lê\tHoa', { ...none, control: true }],
    ['Lê\nHoa', { ...none, control: true }],
    ['Lê\u0007Hoa', { ...none, control: true }],
    [' Lê\u00a0 Hoa', { ...none, leading: true, repeated: true, nbsp: true }],
    ['   ', { ...none, leading: true }],
  ])('%j → %j', (input, expected) => {
    expect(whitespaceProblems(input)).toEqual(expected);
  });

  it('is null for any text made of words joined by single spaces', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'ễ', 'Đ', 'x', '-', "'"), minLength: 1 });
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => whitespaceProblems(words.join(' ')) === null));
  });

  it('flags leading and trailing exactly when trim would change a visible-text string', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ư', ' ', '\u00a0', '\t') });
    fc.assert(
      fc.property(text, (s) => {
        const problems = whitespaceProblems(s);
        const hasText = /[^\s]/u.test(s);
        if (!hasText) return;
        expect(problems?.leading ?? false).toBe(/^\s/u.test(s));
        expect(problems?.trailing ?? false).toBe(/\s$/u.test(s));
      }),
    );
  });
});
