const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * Guesses the delimiter of delimited text from its first line: the candidate that occurs most often outside quotes.
 * Vietnamese Excel installs save "CSV" with semicolons (the comma is their decimal separator), so this matters.
 *
 * @example detectDelimiter('so_cccd;ho_ten;ngay_sinh\n') // ';'
 */
export function detectDelimiter(sample: string): string {
  const end = sample.indexOf('\n');
  const line = end < 0 ? sample : sample.slice(0, end);
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const c of CANDIDATES) {
    const n = counts.get(c)!;
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}
