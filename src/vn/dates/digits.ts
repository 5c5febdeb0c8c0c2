/** Character-code helpers for the hand-written date scanners (no regex, no substring allocation). */

/**
 * Whether `c` is an ASCII digit.
 *
 * @example isDigit('7'.charCodeAt(0)) // true
 */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The value of the character at `i` when it is an ASCII digit (0..9), else -1 (also past the end).
 *
 * @example digitAt('01/07/2024', 1) // 1
 * @example digitAt('01/07/2024', 2) // -1
 */
export function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 0x30;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Value of the digits s[from, to) (the caller has checked they are digits).
 *
 * @example digitsValue('01/07/2024', 3, 5) // 7
 */
export function digitsValue(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + (s.charCodeAt(i) - 0x30);
  return v;
}

/**
 * End of the run of ASCII digits starting at `from` (`from` itself when there is none).
 *
 * @example digitsEnd('2024-07-01', 0) // 4
 */
export function digitsEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}
