import { foldVietnamese } from '../text';

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

/**
 * Whether a value is a stand-in for "no value" rather than data.
 *
 * @example isPlaceholderValue('Không có') // true
 * @example isPlaceholderValue('N/A') // true
 * @example isPlaceholderValue('Nguyễn Văn An') // false
 */
export function isPlaceholderValue(text: string): boolean {
  if (text.length === 0 || text.length > MAX_LENGTH) return false;
  // Most real values (dates, phone numbers, names) are ruled out by length or by having 3+ digits, cheaply.
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits > 2) return false;
  }
  const folded = foldVietnamese(text).trim().replace(/\s+/g, ' ');
  return folded.length > 0 && PLACEHOLDERS.has(folded);
}
