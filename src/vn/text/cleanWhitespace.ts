import { OTHER_CONTROL, TEXT, ZERO_WIDTH, SPACE, whitespaceKind } from './whitespaceKind';

/**
 * Whitespace in canonical form: trimmed, every run of spaces, tabs, newlines, NBSP (U+00A0), narrow NBSP
 * (U+202F) and other Unicode spaces collapsed to one U+0020, zero-width characters (U+200B–U+200D,
 * U+2060, U+FEFF) and other invisible control characters removed. Returns `s` itself when it is already
 * clean (no allocation on the common path).
 *
 * @example cleanWhitespace('  Nguyễn\u00a0 Văn\tĐức\u200b ') // 'Nguyễn Văn Đức'
 */
export function cleanWhitespace(s: string): string {
  if (isClean(s)) return s;
  let out = '';
  let pendingSpace = false;
  let segmentStart = -1;
  for (let i = 0; i < s.length; i++) {
    const kind = whitespaceKind(s.charCodeAt(i));
    if (kind === TEXT) {
      if (segmentStart < 0) {
        if (pendingSpace && out.length > 0) out += ' ';
        pendingSpace = false;
        segmentStart = i;
      }
      continue;
    }
    if (segmentStart >= 0) {
      out += s.slice(segmentStart, i);
      segmentStart = -1;
    }
    if (kind !== ZERO_WIDTH && kind !== OTHER_CONTROL) pendingSpace = true;
  }
  if (segmentStart >= 0) out += s.slice(segmentStart);
  return out;
}

/** Whether `s` needs no change: no leading/trailing/double space and nothing but U+0020 as whitespace. */
function isClean(s: string): boolean {
  const n = s.length;
  let previousSpace = true; // a space at index 0 is a leading space
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      previousSpace = false;
      continue;
    }
    const kind = whitespaceKind(c);
    if (kind === TEXT) {
      previousSpace = false;
    } else if (kind === SPACE && !previousSpace) {
      previousSpace = true;
    } else {
      return false;
    }
  }
  return !(previousSpace && n > 0);
}
