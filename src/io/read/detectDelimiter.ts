import { createCsvRowParser } from './csvRowParser';
import { chooseHeader, fieldsNamed, HEADER_SEARCH_ROWS, isEmptyRow, type HeaderSearch } from './headerRow';

/** The delimiters a CSV/TSV export uses, in the order a tie is settled. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

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
      const k = DELIMITERS.indexOf(ch as (typeof DELIMITERS)[number]);
      if (k >= 0) counts[k]! += 1;
    }
  }
  let best = 0;
  for (let k = 1; k < DELIMITERS.length; k++) if (counts[k]! > counts[best]!) best = k;
  return DELIMITERS[best]!;
}

/** The delimiter the header decides, and whether the text was enough to decide on. */
export interface HeaderDelimiter {
  /** null: no delimiter makes a header (see `delimiterOfHeader`); the caller judges on the first line. */
  delimiter: string | null;
  /**
   * The text was the whole input, or held, read with every candidate, all the rows the rule looks at (the window of
   * the header search, or the rows up to `headerRow`). When not, a longer text may decide otherwise.
   */
  settled: boolean;
}

/**
 * The delimiter of CSV text under a title block, judged on rows, as the header is found: a title row may hold no
 * delimiter at all ("DANH SÁCH CÔNG DÂN") or commas in a semicolon file, and a header cell may hold line breaks
 * (Excel's Alt+Enter: `"Họ và\ntên"`), so physical lines say nothing reliable. The text is parsed with each
 * candidate (comma, semicolon, tab, pipe) by the real CSV parser, and:
 * - searching (`columnMaps`): the candidate whose header, chosen by the rules of `headerRow.ts`, names the most
 *   fields wins; null when none names two (the caller then judges on the first line, as always);
 * - with `headerRow` N: the candidate under which row N (counting the rows with a non-empty cell) names the most
 *   fields, then has the most cells; null when no candidate reaches row N in the text.
 * A tie goes to `preferred` (the first-line detection) when it is among the best, else to the first in the order
 * above. With neither option, null.
 *
 * Only the rows complete in `text` count (its end may cut a row), so that two reads of one file judge alike: give
 * it the same leading bytes each time.
 *
 * @param complete `text` is the whole input (its last row counts even without a line end).
 * @example delimiterOfHeader('DANH SÁCH\nho_ten;ngay_sinh\n', true, { columnMaps: (c) => c !== 'DANH SÁCH' }, ',') // { delimiter: ';', settled: true }
 */
export function delimiterOfHeader(text: string, complete: boolean, search: HeaderSearch, preferred: string): HeaderDelimiter {
  const { headerRow, columnMaps } = search;
  if (headerRow === undefined && columnMaps === undefined) return { delimiter: null, settled: true };
  const needed = headerRow ?? HEADER_SEARCH_ROWS;
  let settled = true;
  let best: { delimiter: string; score: readonly number[] } | null = null;
  for (const delimiter of DELIMITERS) {
    const parser = createCsvRowParser({ delimiter, headerIndex: Number.POSITIVE_INFINITY });
    const rows: string[][] = [];
    const take = (parsed: readonly { cells: string[] }[]) => {
      for (const { cells } of parsed) if (rows.length < needed && !isEmptyRow(cells)) rows.push(cells);
    };
    take(parser.push(text));
    if (complete) take(parser.end());
    if (rows.length < needed && !complete) settled = false;
    let score: number[];
    if (headerRow !== undefined) {
      const row = rows[headerRow - 1];
      if (row === undefined) continue;
      score = [columnMaps === undefined ? 0 : fieldsNamed(row, columnMaps), row.length];
    } else {
      const choice = chooseHeader(rows, columnMaps!);
      if (choice === null) continue;
      score = [choice.fields];
    }
    const order = best === null ? 1 : compareScores(score, best.score);
    if (order > 0 || (order === 0 && delimiter === preferred)) best = { delimiter, score };
  }
  return { delimiter: best?.delimiter ?? null, settled };
}

/** Compares two scores, most significant first: > 0 when `a` is the better. */
function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
