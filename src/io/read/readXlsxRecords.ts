import { Readable } from 'node:stream';
import { InputError } from '../inputError';
import type { InputRecord } from '../inputRecord';
import { columnNames, findHeader, HEADER_SEARCH_ROWS, isColumnNumberRow, isEmptyRow, type HeaderInfo, type HeaderSearch } from './headerRow';
import { createFooterWatch, JUST_THIS_ROW, type FooterInfo } from './footerRows';
import { raggedRow } from './inputProblems';
import { subHeaderNames } from './subHeaderRow';

export interface XlsxReadOptions extends HeaderSearch {
  /** Sheet name, or 1-based position among the workbook's worksheets; default the first. */
  sheet?: string | number;
  /** Row number of the first record (default 1): a shard of a larger dataset numbers its rows as they are in the whole. */
  firstRow?: number;
  /** Called once, before the first record, with where the header was and which rows were left out. */
  onHeader?: (info: HeaderInfo) => void;
  /** Called once, when the worksheet has been read to its end, with the footer left out (`footerRows` 0: none). */
  onFooter?: (info: FooterInfo) => void;
}

/**
 * The text of one cell value as exceljs streams it: dates as `YYYY-MM-DD` (the calendar date Excel shows; exceljs
 * hands them over as UTC midnight), numbers as their shortest text, rich text joined, formulas by their result.
 *
 * @example cellText(new Date(Date.UTC(1999, 1, 1))) // '1999-02-01'
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const y = value.getUTCFullYear();
    return `${String(y).padStart(4, '0')}-${String(value.getUTCMonth() + 1).padStart(2, '0')}-${String(value.getUTCDate()).padStart(2, '0')}`;
  }
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string; sharedFormula?: string; formula?: string };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell || cell.formula !== undefined || cell.sharedFormula !== undefined) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
    if (cell.error !== undefined) return String(cell.error);
  }
  return String(value);
}

/**
 * Streams the rows of one worksheet of an XLSX workbook with exceljs' streaming reader (never the whole workbook
 * in memory): one row names the columns, each further non-empty row is one record (Excel does not store empty rows;
 * they are skipped and not counted). Trailing empty cells are normal in XLSX (they are not stored), so only cells
 * beyond the header make a row ragged.
 *
 * The header is the first non-empty row, unless `headerRow` names another (counting only the rows with a non-empty
 * cell after trimming; the rows above it are skipped) or `columnMaps` is given: then the first 30 such rows are held
 * and the header chosen among them by the rules of `headerRow.ts` (no cell with 6 digits or more, the most fields
 * named, at least two), the first row when none qualifies (the rows held are then records, as before). Under a
 * header so found or named, the header's second row (the names under merged cells: the rules of `subHeaderRow.ts`)
 * and a column-number row (`(1),(2),…`) are skipped too, and so is a footer that ends the table (place and date,
 * signers: the rules of `footerRows.ts`).
 *
 * @throws InputError when the bytes are not an XLSX workbook, the sheet asked for does not exist, or it has fewer
 *   non-empty rows than `headerRow`.
 * @example
 * for await (const { row, record } of readXlsxRecords('citizens.xlsx', { sheet: 'Dân cư' })) console.log(row, record);
 */
export async function* readXlsxRecords(input: string | AsyncIterable<Uint8Array>, options: XlsxReadOptions = {}): AsyncGenerator<InputRecord> {
  // Loaded here, not at the top: exceljs is two thirds of the package's load time (import 0.52 → 0.20 s and
  // 87 → 69 MiB RSS, measured), and a service that only validates records, or a CSV audit, never needs it.
  const { default: ExcelJS } = await import('exceljs');
  const source = typeof input === 'string' ? input : Readable.from(input, { objectMode: false });
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(source as never, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // needed to tell a date cell from a number cell
    entries: 'ignore',
  });
  const unnamed = guardWorksheetNames(workbook);
  const wanted = options.sheet ?? 1;
  let position = 0;
  let found = false;
  const names: string[] = [];
  let header: string[] | null = null;
  let row = (options.firstRow ?? 1) - 1;
  const record = (cells: readonly string[]): InputRecord => {
    row += 1;
    const values: Record<string, string> = Object.create(null);
    const n = Math.min(cells.length, header!.length);
    for (let i = 0; i < n; i++) values[header![i]!] = cells[i]!;
    return cells.length > header!.length ? { row, record: values, inputProblem: raggedRow(cells.length, header!.length) } : { row, record: values };
  };
  // Where the header is (see headerRow.ts): named, the rows above it skipped as they come; or searched, the rows held
  // until the window is full (30 rows with a non-empty cell) or the sheet ends, then decided, and the rows after the
  // header emitted as records. Rows of empty cells (spaces) are held but not counted.
  const named = options.headerRow !== undefined;
  const searching = !named && options.columnMaps !== undefined;
  // The footer is looked for when the header is (the same forms have both): its candidate rows are held, numbered.
  const footer = named || searching ? createFooterWatch<InputRecord>() : null;
  /** The records a row under the header makes known, in order: none while the footer watch holds it. */
  const records = (cells: readonly string[]): readonly InputRecord[] => {
    const item = record(cells);
    const released = footer === null ? JUST_THIS_ROW : footer.push(cells, item);
    return released === JUST_THIS_ROW ? [item] : released;
  };
  const held: string[][] = [];
  let counted = 0;
  // The header's number among the counted rows, and its cells as read (a column-number row numbers the non-empty
  // ones; with a second header row, the cell that names each column).
  let headerRow = 1;
  let headerCells: readonly string[] = [];
  // Until the first record: the title rows, the header and, under a header found or named, the rows after it (its
  // second row, a column-number row, the first record).
  let prelude = true;
  let subHeaderRow = false;
  let numberingRow = false;
  const settle = () => {
    prelude = false;
    options.onHeader?.({ headerRow, skippedRows: headerRow - 1, subHeaderRow, numberingRow });
  };
  const takeHeader = (cells: readonly string[], row: number) => {
    headerCells = cells;
    header = columnNames(cells);
    headerRow = row;
  };
  /**
   * Takes `top` and `sub` as a two-row header, if they are one (subHeaderRow.ts), as wide as the wider row: a
   * worksheet does not store trailing empty cells, so a group at the end leaves the top row shorter.
   */
  const takeTwoRows = (top: readonly string[], sub: readonly string[]): boolean => {
    const twoRows = options.columnMaps === undefined ? null : subHeaderNames(top, sub, options.columnMaps, Math.max(top.length, sub.length));
    if (twoRows === null) return false;
    ({ names: header, cells: headerCells } = twoRows);
    subHeaderRow = true;
    return true;
  };
  /**
   * A row right under the header, until the first record: whether it is not a record (the header's second row, a
   * column-number row). The header is settled on the first one that is not its second row.
   */
  const underHeader = (cells: readonly string[]): boolean => {
    numberingRow = isColumnNumberRow(cells, headerCells);
    if (!numberingRow && !subHeaderRow && takeTwoRows(headerCells, cells)) return true;
    settle();
    return numberingRow;
  };
  /** Decides on the held rows; returns those that are records. */
  const decide = (): string[][] => {
    const found = findHeader(held, options.columnMaps!);
    const rows = held.splice(0);
    if (found === null) {
      // No row names fields: the first is the header, the others were records all along, as before.
      takeHeader(rows[0]!, 1);
      settle();
      return rows.slice(1);
    }
    takeHeader(rows[found.index]!, found.row);
    // The search may have chosen the second row of a two-row header (it names more fields): its top is right above.
    if (found.index > 0 && takeTwoRows(rows[found.index - 1]!, rows[found.index]!)) headerRow -= 1;
    const records: string[][] = [];
    for (const cells of rows.slice(found.index + 1)) if (!(prelude && underHeader(cells))) records.push(cells);
    return records;
  };
  try {
    for await (const worksheet of workbook) {
      position += 1;
      const sheet = worksheet as unknown as AsyncIterable<{ values: unknown[] }> & { name?: string };
      names.push(unnamed.has(worksheet) ? `#${position}` : (sheet.name ?? `#${position}`));
      const chosen = !found && (typeof wanted === 'number' ? position === wanted : sheet.name === wanted);
      // Rows of other sheets must still be read through: the zip is one stream.
      for await (const excelRow of sheet) {
        if (!chosen) continue;
        const values = excelRow.values; // 1-based, sparse
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
        if (cells.length === 0) continue;
        if (prelude) {
          if (header === null) {
            if (named) {
              if (isEmptyRow(cells) || ++counted < options.headerRow!) continue; // a row above the header
              takeHeader(cells, counted);
              continue;
            }
            if (!searching) {
              takeHeader(cells, 1);
              settle();
              continue;
            }
            held.push(cells);
            if (!isEmptyRow(cells) && ++counted >= HEADER_SEARCH_ROWS) for (const rest of decide()) yield* records(rest);
            continue;
          }
          if (underHeader(cells)) continue;
        }
        yield* records(cells);
      }
      // The sheet ended before the window was full: decided on the rows there are.
      if (chosen && header === null && held.length > 0) for (const rest of decide()) yield* records(rest);
      if (chosen && prelude && header !== null) settle();
      if (chosen && header !== null) {
        const end = footer?.end() ?? { records: [], footerRows: 0 };
        yield* end.records;
        options.onFooter?.({ footerRow: row - end.footerRows + 1, footerRows: end.footerRows });
      }
      if (chosen) found = true;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read the XLSX workbook: ${error instanceof Error ? error.message : String(error)}`, { vi: 'không đọc được sổ tính XLSX' });
  }
  const listed = `${position}: ${names.map((n) => JSON.stringify(n)).join(', ')}`;
  const sheets = `it has ${listed}`;
  const sheetsVi = `có ${listed}`;
  if (!found && typeof wanted === 'string' && unnamed.size > 0) {
    // The names were not known when the worksheets were read (see guardWorksheetNames): the position still is.
    throw new InputError(`the worksheet names of this workbook come after its worksheets, so a worksheet cannot be chosen by name: choose it by position, --sheet N (${sheets})`, {
      vi: `tên các trang tính của sổ tính này nằm sau các trang tính nên không chọn được theo tên: hãy chọn theo thứ tự, --sheet N (${sheetsVi})`,
    });
  }
  if (!found) {
    const [label, labelVi] = typeof wanted === 'number' ? [`number ${wanted}`, `số ${wanted}`] : [JSON.stringify(wanted), JSON.stringify(wanted)];
    throw new InputError(`the workbook has no worksheet ${label} (${sheets})`, { vi: `sổ tính không có trang tính ${labelVi} (${sheetsVi})` });
  }
  // Only one sheet is read: when it is empty, say which others there are, in case the data is on one of them.
  const empty = JSON.stringify(names[typeof wanted === 'number' ? wanted - 1 : names.indexOf(wanted)] ?? wanted);
  if (header === null && counted > 0) {
    throw new InputError(`the header row asked for (--header-row / headerRow ${options.headerRow}) is beyond worksheet ${empty}, which has ${counted} non-empty row${counted === 1 ? '' : 's'}`, {
      vi: `dòng tiêu đề được chỉ định (--header-row / headerRow ${options.headerRow}) vượt quá trang tính ${empty}, vốn chỉ có ${counted} dòng không trống`,
    });
  }
  if (header === null) {
    throw new InputError(`worksheet ${empty} is empty (no header row)${position > 1 ? `; ${sheets}: choose one with --sheet (the sheet option)` : ''}`, {
      vi: `trang tính ${empty} trống (không có dòng tiêu đề)${position > 1 ? `; sổ tính ${sheetsVi}: chọn bằng --sheet` : ''}`,
    });
  }
}

interface WorksheetNaming {
  model?: unknown;
  _parseWorksheet: (...args: unknown[]) => Generator<{ eventType: string; value: unknown }>;
}

/**
 * exceljs 4.4's streaming reader names a worksheet from `xl/workbook.xml`. Workbooks written by exceljs itself (and
 * some other writers) store that part after the worksheets, and then, depending on how the stream's chunks arrive,
 * the reader throws "Cannot read properties of undefined (reading 'sheets')" (exceljs issue #3064, unfixed in
 * 4.4.0; seen once in our CI). Such a worksheet is read without its name instead: the returned set holds the
 * worksheets whose names were not known, so that they are named by position and never matched by name.
 */
function guardWorksheetNames(workbook: object): Set<unknown> {
  const unnamed = new Set<unknown>();
  const reader = workbook as WorksheetNaming;
  const parse = reader._parseWorksheet;
  if (typeof parse !== 'function') return unnamed;
  const noNames = Object.freeze({ sheets: [] });
  reader._parseWorksheet = function* (this: WorksheetNaming, ...args: unknown[]) {
    if (this.model !== undefined) {
      yield* parse.apply(this, args);
      return;
    }
    this.model = noNames;
    try {
      for (const event of parse.apply(this, args)) {
        if (event.eventType === 'worksheet') unnamed.add(event.value);
        yield event;
      }
    } finally {
      if (this.model === noNames) this.model = undefined;
    }
  };
  return unnamed;
}
