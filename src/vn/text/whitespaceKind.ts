/**
 * How each character behaves as whitespace in a record's text field. Shared by `cleanWhitespace` and
 * `whitespaceProblems` so that what one reports is exactly what the other fixes.
 */

// Basis: Unicode White_Space property (PropList.txt) and the zero-width format characters U+200B–U+200D,
// U+2060, U+FEFF that copy-paste from web pages and Word leaves in spreadsheet cells.

/** Not whitespace: kept as is. */
export const TEXT = 0;
/** U+0020, the one space a clean value may contain (single, between words). */
export const SPACE = 1;
/** Another Unicode space (NBSP U+00A0, narrow NBSP U+202F, U+2000–U+200A, ideographic …): becomes a space. */
export const OTHER_SPACE = 2;
/** Tab, line feed, vertical tab, form feed, carriage return, next line (U+0085): becomes a space. */
export const CONTROL_SPACE = 3;
/** Zero-width space, joiners, word joiner, byte-order mark: removed. */
export const ZERO_WIDTH = 4;
/** Any other C0/C1 control character: invisible junk, removed. */
export const OTHER_CONTROL = 5;

export type WhitespaceKind = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * The whitespace kind of a UTF-16 code unit.
 *
 * @example whitespaceKind(0xa0) // OTHER_SPACE
 */
export function whitespaceKind(c: number): WhitespaceKind {
  if (c > 0x20 && c < 0x7f) return TEXT;
  if (c === 0x20) return SPACE;
  if (c < 0x20) return c >= 0x09 && c <= 0x0d ? CONTROL_SPACE : OTHER_CONTROL;
  if (c < 0xa0) return c === 0x85 ? CONTROL_SPACE : c >= 0x7f ? OTHER_CONTROL : TEXT;
  if (c === 0xa0) return OTHER_SPACE;
  if (c < 0x1680) return TEXT;
  if (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000) {
    return OTHER_SPACE;
  }
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return ZERO_WIDTH;
  return TEXT;
}
