import { createCsvRowParser, type CsvRow } from './csvRowParser';

/**
 * Where the table of a spreadsheet starts. Vietnamese administrative lists (exported by commune police, ward offices,
 * ministries) rarely open with their header: a title block comes first (the agency, the national motto "CỘNG HÒA XÃ
 * HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc", the list's title, sometimes key-value lines such as
 * "Số định danh cá nhân:,001069012345"), and a row numbering the columns `(1), (2), …` often sits under the header.
 * Neither is a record, nor is the second row of a two-row header (`subHeaderRow.ts`). This file holds the rules that
 * find them; the readers apply them (CSV: `readCsvRecords`, `readCsvBlock`; XLSX: `readXlsxRecords`), and the
 * delimiter is chosen with them (`delimiterOfHeader`).
 *
 * The rules, in order:
 * 1. Rows whose cells are all empty (after trimming: a blank line, `,,,,`, Excel's used range) are not counted: not in
 *    the window below, not in the header's number (`--header-row N`). Below the header they are records, as always.
 * 2. The window is the first {@link HEADER_SEARCH_ROWS} counted rows.
 * 3. A row holding a data-like cell (see {@link holdsData}) is never the header.
 * 4. Of the others, the header is the one that names the most fields, the earliest on a tie, provided it names at
 *    least {@link HEADER_MIN_FIELDS}.
 * 5. Otherwise the first row is the header, exactly as before there was a search (a plain export whose header names
 *    one field reads as it always did).
 * 6. A header found (rule 4) or named may have a second row, which names the columns under merged cells; found, the
 *    header may be that second row, and its top row the one above: the rules of `subHeaderRow.ts`.
 */

/** The header is looked for among this many counted rows: a title block is a handful of rows, never a page. */
export const HEADER_SEARCH_ROWS = 30;

/** Cells that must name a field for a row to be the header: one could be a title that happens to be a field's name. */
export const HEADER_MIN_FIELDS = 2;

/**
 * Digits that make a cell data. No column name holds that many ("Số CMND/CCCD (12 số)" has two), while a personal
 * ID (12), a phone (10), a date (15/03/1999: 8) or an old ID (9) does: a key-value line above the table
 * ("Số định danh cá nhân:,001069012345") or a record that happens to name fields ("Mã", "Thường trú") is not the
 * header, and its values never become column names (which reports show unmasked).
 */
export const DATA_DIGITS = 6;

/**
 * How the header is chosen. `columnMaps` says whether a column name is a field of the profile (the readers know no
 * profile: the audit passes this down); `headerRow` (1-based among the counted rows) names the header outright.
 * With neither, the first non-blank row is the header and no column-number row is looked for.
 */
export interface HeaderSearch {
  columnMaps?: (name: string) => boolean;
  headerRow?: number;
}

/** What the reader decided, once the first record is near: reported to the user, who must see rows left out. */
export interface HeaderInfo {
  /** The header's number among the counted rows (not blank, not only empty cells), from 1. */
  headerRow: number;
  /** Counted rows above the header, skipped (not records). */
  skippedRows: number;
  /**
   * The header is two rows, `headerRow` and the one right under it, which names the columns under merged cells
   * ("Căn cước công dân" over "Số | Ngày cấp | Nơi cấp"; see `subHeaderRow.ts`): column names come from both, and
   * the second row is not a record.
   */
  subHeaderRow: boolean;
  /** A column-number row right under the header (under its second row, if any) was skipped (not a record). */
  numberingRow: boolean;
}

/**
 * How many cells of a row name a field. Cells are trimmed and composed (NFC) first, as column names are, so a header
 * in Windows-1258 or NFD text is recognised too.
 *
 * @example fieldsNamed(['STT', 'Họ và tên', 'Ngày sinh'], (c) => c !== 'STT') // 2
 */
export function fieldsNamed(cells: readonly string[], columnMaps: (name: string) => boolean): number {
  let named = 0;
  for (const cell of cells) {
    const name = cell.normalize('NFC').trim();
    if (name !== '' && columnMaps(name)) named += 1;
  }
  return named;
}

const DIGIT = /^\p{Nd}$/u;

/**
 * Whether a row holds a data-like cell: one with {@link DATA_DIGITS} digits or more, wherever they are (an ID, a
 * phone, a date). Such a row is a record or a key-value line, never the header.
 *
 * @example holdsData(['Số định danh cá nhân:', '001069012345']) // true
 * @example holdsData(['STT', 'Số CMND/CCCD (12 số)']) // false
 */
export function holdsData(cells: readonly string[]): boolean {
  for (const cell of cells) if (isDataCell(cell)) return true;
  return false;
}

/**
 * Whether one cell is data-like: {@link DATA_DIGITS} digits (Unicode `Nd`) or more, wherever they are (see
 * {@link holdsData}).
 *
 * Why not `cell.match(/\p{Nd}/gu)`: the footer watch asks this of every record, and the regular expression costs
 * about 200 ns a cell (measured); counting character codes costs a tenth of that. Digits of other scripts
 * (Arabic-Indic, fullwidth …) all lie above U+0660 and outside the Vietnamese letters (U+1E00–U+1EFF): rare, they
 * are tested one by one.
 *
 * @example isDataCell('0912 345 678') // true
 */
export function isDataCell(cell: string): boolean {
  if (cell.length < DATA_DIGITS) return false;
  let digits = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (++digits >= DATA_DIGITS) return true;
      continue;
    }
    if (c < 0x660 || (c >= 0x1e00 && c <= 0x1eff)) continue;
    const point = cell.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (DIGIT.test(String.fromCodePoint(point)) && ++digits >= DATA_DIGITS) return true;
  }
  return false;
}

/**
 * Whether every cell of a row is empty after trimming: a row of delimiters only (`,,,,`, which Excel writes for the
 * empty rows of its used range) or of spaces. Such a row is not counted above the header (see this file's rules).
 *
 * @example isEmptyRow(['', ' ', '']) // true
 */
export function isEmptyRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/** The header chosen in a window: its index among the window's rows, and the fields it names. */
export interface HeaderChoice {
  index: number;
  fields: number;
}

/**
 * The header among the counted rows of a window (rules 3 and 4 of this file): of the rows without a data-like cell,
 * the one that names the most fields, the earliest on a tie; null when none names {@link HEADER_MIN_FIELDS}.
 *
 * @param rows the counted rows (no row of empty cells), at most {@link HEADER_SEARCH_ROWS}.
 * @example chooseHeader([['DANH SÁCH'], ['Họ và tên', 'Ngày sinh']], (c) => c !== 'DANH SÁCH') // { index: 1, fields: 2 }
 */
export function chooseHeader(rows: readonly (readonly string[])[], columnMaps: (name: string) => boolean): HeaderChoice | null {
  let best: HeaderChoice | null = null;
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index]!;
    if (holdsData(cells)) continue;
    const fields = fieldsNamed(cells, columnMaps);
    if (fields >= HEADER_MIN_FIELDS && (best === null || fields > best.fields)) best = { index, fields };
  }
  return best;
}

/**
 * The header among the first rows as read, rows of empty cells included (rules 1, 3 and 4 of this file): its index
 * among `rows`, and its number among the counted ones; null when none qualifies. What both readers decide on (CSV
 * through `createHeaderProbe`, XLSX on the rows it holds).
 *
 * @param rows the rows as read, up to and including the {@link HEADER_SEARCH_ROWS}th counted one.
 * @example findHeader([['DANH SÁCH'], [''], ['Họ và tên', 'Ngày sinh']], (c) => c !== 'DANH SÁCH') // { index: 2, row: 2 }
 */
export function findHeader(rows: readonly (readonly string[])[], columnMaps: (name: string) => boolean): { index: number; row: number } | null {
  const counted: (readonly string[])[] = [];
  const at: number[] = [];
  rows.forEach((cells, k) => {
    if (isEmptyRow(cells)) return;
    counted.push(cells);
    at.push(k);
  });
  const choice = chooseHeader(counted, columnMaps);
  return choice === null ? null : { index: at[choice.index]!, row: choice.index + 1 };
}

/**
 * Column names from the header cells: trimmed; an empty one becomes `column_<n>`, a repeated one `<name>_<k>`,
 * so no column's values silently overwrite another's.
 *
 * @example columnNames([' ho_ten ', '', 'ho_ten']) // ['ho_ten', 'column_2', 'ho_ten_2']
 */
export function columnNames(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    const base = cell.trim() === '' ? `column_${i + 1}` : cell.trim();
    let name = base;
    for (let k = 2; seen.has(name); k++) name = `${base}_${k}`;
    seen.add(name);
    return name;
  });
}

const COLUMN_NUMBER = /^\(?(\d{1,3})\)?$/u;

/**
 * Whether the row right under a header is the column-number row of a Vietnamese form: its non-empty cells are 1, 2,
 * 3 … in order (written `1` or `(1)`), at least two, and at least as many as the header has non-empty cells.
 *
 * Why the last condition: such a row numbers every column of the table. A sparse record that happens to read
 * `1,2` (row number 1, a name typed as "2") under a header of seven named columns stays a record; dropping a real
 * record is worse than auditing a numbering row, which the rules then flag.
 *
 * @param header the header's cells as read, not the column names made of them: those name an empty cell too
 *   (`column_6`), which no form numbers (a trailing delimiter, a blank header cell in a worksheet).
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

/** Where the header of CSV text is. */
export interface HeaderFound {
  /** Its index among the rows the parser yields, rows of empty cells included: the reader's `headerIndex`. */
  index: number;
  /** Its number among the counted rows, from 1: what the user is told, and names with `--header-row`. */
  row: number;
  /** False when no row named enough fields and the first row was taken, as before there was a search. */
  named: boolean;
}

/** Looks for the header in the first rows of CSV text, fed as it arrives. */
export interface HeaderProbe {
  /** Takes more text; returns the decision once it is made, else null (more text is needed). */
  push(text: string): HeaderFound | null;
  /** The input ended: decides on the rows there are; null when the row `headerRow` names is beyond them. */
  end(): HeaderFound | null;
  /** Counted rows seen so far (for the message when `headerRow` is beyond the input). */
  counted(): number;
}

/**
 * A probe for the header row of CSV text: parses the first rows and applies the rules of this file, or finds the
 * row `headerRow` names (its number counts only the counted rows).
 *
 * Why a probe and not the reader itself: the reader's parser takes the header's width as the width of a good row
 * (broken-quote recovery), so it must know which row the header is before it reads the rows under it. The probe's
 * parser has no expected width at all, as the reader's has none for the rows up to its header: both read those rows
 * alike, so the reader, told the index, finds the same header. When no row names fields, the reader reads with the
 * first row as header, exactly as without a search.
 *
 * Text is fed line by line, so no more than the window's rows are parsed, however big the chunk.
 */
export function createHeaderProbe(delimiter: string, search: HeaderSearch): HeaderProbe {
  const parser = createCsvRowParser({ delimiter, headerIndex: Number.POSITIVE_INFINITY });
  // The rows read until the decision, rows of empty cells included (the header's index counts them).
  const seen: string[][] = [];
  let decided: HeaderFound | null = null;
  const decide = (): HeaderFound => {
    const found = search.columnMaps === undefined ? null : findHeader(seen, search.columnMaps);
    return (decided = found === null ? { index: 0, row: 1, named: false } : { ...found, named: true });
  };
  let counted = 0;
  const judge = (rows: readonly CsvRow[]): void => {
    for (const { cells } of rows) {
      if (decided === null) seen.push(cells);
      if (isEmptyRow(cells)) continue;
      counted += 1;
      if (decided !== null) continue;
      if (search.headerRow !== undefined) {
        if (counted === search.headerRow) decided = { index: seen.length - 1, row: counted, named: true };
        continue;
      }
      if (counted >= HEADER_SEARCH_ROWS) decide();
    }
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
      if (decided === null) judge(parser.end());
      if (decided !== null || search.headerRow !== undefined) return decided;
      return decide();
    },
    counted: () => counted,
  };
}
