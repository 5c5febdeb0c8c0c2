import { foldVietnamese, isRegExpSpace } from '../text';

// Fillers that data-entry staff type into mandatory fields instead of a value, folded (lower case, no
// diacritics, single spaces). Seen in population exports: "N/A", "0", "-", "không có", "chưa có", "không rõ" …
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'n/a', 'na', 'n.a', 'n.a.', '#n/a', 'null', 'nil', 'none', 'unknown', 'undefined', 'nan',
  '0', '00', '-', '--', '---', '.', '..', '...', '_', 'x', 'xx', 'xxx', '?', '??', '*', '/', '#',
  'khong', 'khong co', 'chua co', 'khong ro', 'chua ro', 'chua xac dinh', 'khong xac dinh', 'khong biet',
  'chua cap nhat', 'chua nhap', 'trong', 'ko', 'k/c',
]);

// Longest filler above, in characters, with diacritics ("không xác định"): longer values are never fillers.
const MAX_LENGTH = 16;

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
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (end === start || end - start > MAX_LENGTH) return false;
  // This runs on every field of every record: rule out real values (IDs, dates, phones, names) cheaply.
  let first = text.charCodeAt(start);
  if (first >= 0x41 && first <= 0x5a) first |= 0x20;
  if (first >= 0x80 || end - start > MAX_LENGTH_BY_FIRST[first]!) return false;
  let ascii = true;
  let spaced = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) ascii = false;
    if (isRegExpSpace(c)) spaced = true;
  }
  const trimmed = start === 0 && end === text.length ? text : text.slice(start, end);
  let folded = ascii ? trimmed.toLowerCase() : foldVietnamese(trimmed);
  // Any run of any whitespace (an em space or U+3000 from a Unicode keyboard included) reads as one space. Most
  // short values ("Nam", "Nữ") hold none, and skip the regular expression.
  if (spaced) folded = folded.replace(/\s+/g, ' ');
  return PLACEHOLDERS.has(folded);
}

