import { createCsvRowParser, type CsvRow } from './csvRowParser';
import { detectDelimiter } from './detectDelimiter';

/**
 * Where the table of a spreadsheet starts. Vietnamese administrative lists (exported by commune police, ward offices,
 * ministries) rarely open with their header: a title block comes first (the agency, the national motto "CỘNG HÒA XÃ
 * HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc", the list's title), and a row numbering the columns
 * `(1), (2), …` often sits under the header. Neither is a record. This file holds the rules that find them; the
 * readers apply them (CSV: `readCsvRecords`, `readCsvBlock`; XLSX: `readXlsxRecords`).
 */

/** The header is looked for among this many non-blank rows: a title block is a handful of rows, never a page. */
export const HEADER_SEARCH_ROWS = 30;

/** Cells that must name a field for a row to be the header: one could be a title that happens to be a field's name. */
export const HEADER_MIN_FIELDS = 2;

/**
 * How the header is chosen. `columnMaps` says whether a column name is a field of the profile (the readers know no
 * profile: the audit passes this down); `headerRow` (1-based among the non-blank rows) names the header outright.
 * With neither, the first non-blank row is the header and no column-number row is looked for.
 */
export interface HeaderSearch {
  columnMaps?: (name: string) => boolean;
  headerRow?: number;
}

/** What the reader decided, once the first record is near: reported to the user, who must see rows left out. */
export interface HeaderInfo {
  /** The header's number among the non-blank (CSV) or non-empty (XLSX) rows, from 1. */
  headerRow: number;
  /** Rows above the header, skipped (not records). */
  skippedRows: number;
  /** A column-number row right under the header was skipped (not a record). */
  numberingRow: boolean;
}

/**
 * Whether a row names at least {@link HEADER_MIN_FIELDS} fields. Cells are trimmed and composed (NFC) first, as
 * column names are, so a header in Windows-1258 or NFD text is recognised too.
 *
 * @example namesFields(['STT', 'Họ và tên', 'Ngày sinh'], (c) => c !== 'STT') // true
 */
export function namesFields(cells: readonly string[], columnMaps: (name: string) => boolean): boolean {
  let named = 0;
  for (const cell of cells) {
    const name = cell.normalize('NFC').trim();
    if (name !== '' && columnMaps(name) && ++named >= HEADER_MIN_FIELDS) return true;
  }
  return false;
}

const COLUMN_NUMBER = /^\(?(\d{1,3})\)?$/u;

/**
 * Whether the row right under a header is the column-number row of a Vietnamese form: its non-empty cells are 1, 2,
 * 3 … in order (written `1` or `(1)`), at least two, and at least as many as the header has named columns.
 *
 * Why the last condition: such a row numbers every column of the table. A sparse record that happens to read
 * `1,2` (row number 1, a name typed as "2") under a header of seven named columns stays a record; dropping a real
 * record is worse than auditing a numbering row, which the rules then flag.
 *
 * @example isColumnNumberRow(['(1)', '(2)', '(3)'], ['STT', 'Họ và tên', 'Ngày sinh']) // true
 * @example isColumnNumberRow(['1', '2', ''], ['STT', 'Họ và tên', 'Ngày sinh']) // false
 */
export function isColumnNumberRow(cells: readonly string[], header: readonly string[]): boolean {
  let next = 1;
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    const match = COLUMN_NUMBER.exec(text);
    // `(1` and `1)` are not a column's number.
    if (match === null || text.startsWith('(') !== text.endsWith(')') || Number(match[1]) !== next) return false;
    next += 1;
  }
  const numbered = next - 1;
  let named = 0;
  for (const name of header) if (name.trim() !== '') named += 1;
  return numbered >= 2 && numbered >= named;
}

/** The outcome of a search: the header's index among the non-blank rows, and whether a row named fields. */
export interface HeaderFound {
  index: number;
  /** False when no row named enough fields and the first row was taken, as before there was a search. */
  named: boolean;
}

/** Looks for the header in the first rows of CSV text, fed as it arrives. */
export interface HeaderProbe {
  /** Takes more text; returns the decision once it is made, else null (more text is needed). */
  push(text: string): HeaderFound | null;
  /** The input ended: decides on the rows there are. */
  end(): HeaderFound;
}

/**
 * A probe for the header row of CSV text: parses the first rows and returns the index of the first of
 * {@link HEADER_SEARCH_ROWS} that names fields, or 0 (the first row, as before) when none does.
 *
 * Why a probe and not the reader itself: the reader's parser takes the header's width as the width of a good row
 * (broken-quote recovery), so it must know which row the header is before it reads the rows under it. The probe's
 * parser has no expected width at all, as the reader's has none for the rows up to its header: both read those rows
 * alike, so the reader, told the index, finds the same header. When no row names fields, the reader reads with the
 * first row as header, exactly as without a search.
 *
 * Text is fed line by line, so only the rows up to the header are parsed, however big the chunk: a file that opens
 * with its header costs one line.
 */
export function createHeaderProbe(delimiter: string, columnMaps: (name: string) => boolean): HeaderProbe {
  const parser = createCsvRowParser({ delimiter, headerIndex: Number.POSITIVE_INFINITY });
  let seen = 0;
  let decided: HeaderFound | null = null;
  const judge = (rows: readonly CsvRow[]): HeaderFound | null => {
    for (const row of rows) {
      if (namesFields(row.cells, columnMaps)) return (decided = { index: seen, named: true });
      if (++seen >= HEADER_SEARCH_ROWS) return (decided = { index: 0, named: false });
    }
    return null;
  };
  return {
    push(text) {
      for (let from = 0; decided === null && from < text.length; ) {
        const newline = text.indexOf('\n', from);
        const to = newline < 0 ? text.length : newline + 1;
        judge(parser.push(text.slice(from, to)));
        from = to;
      }
      return decided;
    },
    end() {
      return decided ?? judge(parser.end()) ?? { index: 0, named: false };
    },
  };
}

/**
 * The delimiter of CSV text, judged on its header line when that is not the first line: a title row above it may
 * hold no delimiter at all ("DANH SÁCH CÔNG DÂN"), or commas in a title of a semicolon file. Returns null when the
 * first non-blank line is the header, or none is found: the caller then judges on the first line, as always.
 *
 * Only the lines complete in `text` count, so that two reads of one file (whose first chunks may differ in size)
 * judge alike: give it the same leading bytes each time.
 *
 * @param complete `text` is the whole input (its last line counts even without a line end).
 * @example headerLineDelimiter('DANH SÁCH\nho_ten;ngay_sinh\n', true, { columnMaps: (c) => c !== 'DANH SÁCH' }) // ';'
 */
export function headerLineDelimiter(text: string, complete: boolean, search: HeaderSearch): string | null {
  if (search.headerRow === undefined && search.columnMaps === undefined) return null;
  // A classic Mac OS file ends its lines with CR alone.
  const lineEnd = text.includes('\n') ? '\n' : '\r';
  let line = 0;
  for (let from = 0; from < text.length && line < HEADER_SEARCH_ROWS; ) {
    const end = text.indexOf(lineEnd, from);
    if (end < 0 && !complete) break;
    let to = end < 0 ? text.length : end;
    if (lineEnd === '\n' && to > from && text.charCodeAt(to - 1) === 13) to -= 1;
    const content = text.slice(from, to).replace(/^\uFEFF/u, '');
    from = end < 0 ? text.length : end + 1;
    if (content === '') continue;
    line += 1;
    const delimiter = detectDelimiter(content);
    if (search.headerRow !== undefined) {
      if (line === search.headerRow) return line === 1 ? null : delimiter;
      continue;
    }
    const parser = createCsvRowParser({ delimiter });
    const cells = [...parser.push(content), ...parser.end()][0]?.cells ?? [];
    if (namesFields(cells, search.columnMaps!)) return line === 1 ? null : delimiter;
  }
  return null;
}
