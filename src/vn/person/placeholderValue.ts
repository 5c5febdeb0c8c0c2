import { isRegExpSpace } from '../text';

// Fillers that data-entry staff type into mandatory fields instead of a value, folded (lower case, no
// diacritics, single spaces). Seen in population exports: "N/A", "0", "-", "không có", "chưa có", "không rõ" …
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'n/a', 'na', 'n.a', 'n.a.', '#n/a', 'null', 'nil', 'none', 'unknown', 'undefined', 'nan',
  '0', '00', '-', '--', '---', '.', '..', '...', '_', 'x', 'xx', 'xxx', '?', '??', '*', '/', '#',
  'khong', 'khong co', 'chua co', 'khong ro', 'chua ro', 'chua xac dinh', 'khong xac dinh', 'khong biet',
  'chua cap nhat', 'chua nhap', 'trong', 'ko', 'k/c', 'dang cap nhat',
]);

// The Vietnamese fillers above as they are written with diacritics (NFC, lower case). A value typed with diacritics
// must match one of these exactly: folded, the surname "Khổng" and the given names "Trọng", "Nà", "Năn" would read
// as "không", "trống", "N/A" and "NaN".
const WRITTEN_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'không', 'không có', 'chưa có', 'không rõ', 'chưa rõ', 'chưa xác định', 'không xác định', 'không biết',
  'chưa cập nhật', 'chưa nhập', 'trống', 'đang cập nhật',
]);

// Fillers that are also Vietnamese names written without diacritics ("Na", "Nan", "Khong" for Khổng, "Trong" for
// Trọng): in title case they are read as a name, in lower or upper case as a filler ("na", "NA", "NaN").
const NAME_LIKE: ReadonlySet<string> = new Set(['na', 'nan', 'khong', 'trong']);

// Longest filler above, in characters, with diacritics and decomposed (NFD "không xác định" is 17): longer values
// are never fillers.
const MAX_LENGTH = 24;

// For each first character (lower-cased ASCII), the longest filler starting with it: "Nguyen Van A" starts like
// "null" but is far longer, so one table read rules out almost every real value before any folding.
const MAX_LENGTH_BY_FIRST = (() => {
  const table = new Uint8Array(128);
  for (const p of PLACEHOLDERS) {
    const c = p.charCodeAt(0);
    // Fillers with diacritics ("không") may be written longer than their folded form ("khong"): allow MAX_LENGTH.
    table[c] = c === 0x6b || c === 0x63 || c === 0x74 ? MAX_LENGTH : Math.max(table[c]!, p.length);
  }
  return table;
})();

// Lower case of each UTF-16 code unit up to U+1FFF (Latin and every Vietnamese letter), to compare a value's first
// characters with the fillers' without building a string; a character whose lower case is not one code unit stays.
// Built on the first letter outside ASCII, not at import: 8,192 toLowerCase calls took 2.5 ms there.
let LOWER: Uint16Array | null = null;

function lowerCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  if (c >= 0x2000) return c;
  if (LOWER === null) {
    LOWER = new Uint16Array(0x2000);
    for (let k = 0; k < LOWER.length; k++) {
      const lower = String.fromCharCode(k).toLowerCase();
      LOWER[k] = lower.length === 1 ? lower.charCodeAt(0) : k;
    }
  }
  return LOWER[c]!;
}

/** One number for up to three code units (0 where there is none): the key of a prefix in `PREFIXES`. */
function prefixKey(a: number, b: number, c: number): number {
  return a * 0x1_0000_0000 + b * 0x1_0000 + c;
}

// Every filler's first one, two and three characters, folded and as written: "Nam", "Nữ" (every sex value) and names
// such as "Trần Văn Bình" (t, like "trống", allows any length) are ruled out on three characters, before the value is
// lower-cased, its spaces collapsed and NFC-normalised.
const PREFIXES: ReadonlySet<number> = new Set(
  [...PLACEHOLDERS, ...WRITTEN_PLACEHOLDERS].flatMap((p) => {
    const code = (i: number): number => (i < p.length ? p.charCodeAt(i) : 0);
    return [prefixKey(code(0), 0, 0), prefixKey(code(0), code(1), 0), prefixKey(code(0), code(1), code(2))];
  }),
);

/** đ, the one letter outside ASCII that begins a filler ("đang cập nhật"). */
const D_STROKE = 0x111;

/**
 * Whether the value's first (up to) three characters, lower-cased, begin some filler. Cut at the first whitespace:
 * spaces are collapsed and trimmed before the full comparison, so "ko" followed by an em space is "ko", and no
 * filler has a space among its first three characters. A decomposed value ("kho" + U+0302 …) shows its base
 * letters first, which are the folded filler's.
 */
function startsLikeFiller(text: string, start: number, end: number): boolean {
  let b = 0;
  let c = 0;
  if (start + 1 < end) {
    const second = text.charCodeAt(start + 1);
    if (!isRegExpSpace(second)) {
      b = lowerCode(second);
      if (start + 2 < end) {
        const third = text.charCodeAt(start + 2);
        if (!isRegExpSpace(third)) c = lowerCode(third);
      }
    }
  }
  return PREFIXES.has(prefixKey(lowerCode(text.charCodeAt(start)), b, c));
}

/**
 * Whether a value is a stand-in for "no value" rather than data.
 *
 * @example isPlaceholderValue('Không có') // true
 * @example isPlaceholderValue('N/A') // true
 * @example isPlaceholderValue('Nguyễn Văn An') // false
 */
export function isPlaceholderValue(text: string): boolean {
  let start = 0;
  let end = text.length;
  // Any whitespace around it, a no-break or ideographic space included: "N/A" typed with an IME's space is still N/A.
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  if (end === start || end - start > MAX_LENGTH) return false;
  // This runs on every field of every record: rule out real values (IDs, dates, phones, names) cheaply.
  const first = lowerCode(text.charCodeAt(start));
  if (first >= 0x80 ? first !== D_STROKE : end - start > MAX_LENGTH_BY_FIRST[first]!) return false;
  if (!startsLikeFiller(text, start, end)) return false;
  let ascii = true;
  let spaced = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) ascii = false;
    if (isRegExpSpace(c)) spaced = true;
  }
  const trimmed = start === 0 && end === text.length ? text : text.slice(start, end);
  let lower = trimmed.toLowerCase();
  // Any run of any whitespace (an em space or U+3000 from a Unicode keyboard included) reads as one space. Most
  // short values ("Nam", "Nữ") hold none, and skip the regular expression.
  if (spaced) lower = lower.replace(/\s+/g, ' ').trim();
  if (!ascii) {
    // Written with diacritics (or a non-ASCII space): the diacritics must be the filler's own. A value whose only
    // non-ASCII characters were spaces is ASCII again here, and is judged below.
    const nfc = lower.normalize('NFC');
    if (!isAscii(nfc)) return WRITTEN_PLACEHOLDERS.has(nfc);
    lower = nfc;
  }
  if (!PLACEHOLDERS.has(lower)) return false;
  return !(NAME_LIKE.has(lower) && isTitleCase(trimmed));
}

function isTrimmed(c: number): boolean {
  return c <= 32 || (c >= 0x80 && isRegExpSpace(c));
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** "Na", "Khong": an upper-case letter, then lower-case ones only. */
function isTitleCase(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 0x41 || first > 0x5a) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

