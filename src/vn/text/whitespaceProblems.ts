import { CONTROL_SPACE, OTHER_CONTROL, OTHER_SPACE, TEXT, ZERO_WIDTH, whitespaceKind } from './whitespaceKind';

/** What is wrong with the whitespace of a value; every flag is something `cleanWhitespace` fixes. */
export interface WhitespaceProblems {
  /** Starts with whitespace (zero-width characters before it are ignored: they are `zeroWidth`). */
  leading: boolean;
  /** Ends with whitespace. */
  trailing: boolean;
  /** Two or more whitespace characters in a row between words. */
  repeated: boolean;
  /** A space other than U+0020: NBSP U+00A0, narrow NBSP U+202F, U+2000–U+200A, U+3000 and the like. */
  nbsp: boolean;
  /** A zero-width character: U+200B–U+200D, U+2060 or U+FEFF. */
  zeroWidth: boolean;
  /** A control character: tab, newline, carriage return or another C0/C1 control. */
  control: boolean;
}

/**
 * The whitespace problems of `s`, or `null` when its whitespace is already canonical (the common case,
 * which returns without allocating).
 *
 * @example whitespaceProblems('Nguyễn Văn Đức') // null
 * @example whitespaceProblems(' Lê\u00a0 Hoa') // { leading: true, trailing: false, repeated: true, nbsp: true, zeroWidth: false, control: false }
 */
export function whitespaceProblems(s: string): WhitespaceProblems | null {
  let leading = false;
  let trailing = false;
  let repeated = false;
  let nbsp = false;
  let zeroWidth = false;
  let control = false;
  let seenText = false;
  let spaceRun = 0; // whitespace characters since the last text character
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      if (spaceRun > 1 && seenText) repeated = true;
      seenText = true;
      spaceRun = 0;
      continue;
    }
    const kind = whitespaceKind(c);
    if (kind === TEXT) {
      if (spaceRun > 1 && seenText) repeated = true;
      seenText = true;
      spaceRun = 0;
    } else if (kind === ZERO_WIDTH) {
      zeroWidth = true;
    } else if (kind === OTHER_CONTROL) {
      control = true;
    } else {
      if (!seenText) leading = true;
      if (kind === OTHER_SPACE) nbsp = true;
      else if (kind === CONTROL_SPACE) control = true;
      spaceRun++;
    }
  }
  if (spaceRun > 0 && seenText) trailing = true;
  if (!(leading || trailing || repeated || nbsp || zeroWidth || control)) return null;
  return { leading, trailing, repeated, nbsp, zeroWidth, control };
}
