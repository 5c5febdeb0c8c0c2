/** The delimiters a CSV/TSV export uses, in the order a tie is settled. */
const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * Guesses the delimiter of delimited text from its header line (the first non-blank line): the candidate that
 * occurs most often outside quotes, ties settled in the order comma, semicolon, tab, pipe; comma when none occurs.
 * Vietnamese Excel installs save "CSV" with semicolons (the comma is their decimal separator), so this matters.
 * Column names rarely hold a delimiter, which makes the header the most reliable line to judge on.
 *
 * @example
 * detectDelimiter('so_cccd;ho_ten;ngay_sinh\n001099012345;Nguyễn Văn An;01/02/1999\n') // ';'
 * detectDelimiter('so_cccd\tho_ten\n') // '\t'
 */
export function detectDelimiter(sample: string): string {
  let start = 0;
  while (start < sample.length && (sample[start] === '\n' || sample[start] === '\r' || sample[start] === '\ufeff')) start++;
  const counts = [0, 0, 0, 0];
  let quoted = false;
  for (let i = start; i < sample.length; i++) {
    const ch = sample[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted) {
      const k = CANDIDATES.indexOf(ch as (typeof CANDIDATES)[number]);
      if (k >= 0) counts[k]! += 1;
    }
  }
  let best = 0;
  for (let k = 1; k < CANDIDATES.length; k++) if (counts[k]! > counts[best]!) best = k;
  return CANDIDATES[best]!;
}
