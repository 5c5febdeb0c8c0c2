import { foldVietnamese } from '../../vn/text/foldVietnamese';
import { isDataCell, isEmptyRow } from './headerRow';

/**
 * Where the table of a spreadsheet ends. Vietnamese administrative lists (exported from the Excel forms of commune
 * police, ward offices) close with the signature block Decree 30/2020/NĐ-CP (Appendix I) lays out: the place and
 * date ("Xã Yên Khánh, ngày 15 tháng 11 năm 2026", or left blank: "ngày ... tháng ... năm 20..."), the signers'
 * titles ("NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" …), the hint "(Ký, ghi rõ họ tên)", sometimes
 * "Nơi nhận:" with its list, blank rows, and finally the signers' names alone in a cell. None of it is a record:
 * audited, each row would fail with missing fields (a row holding only "Nguyễn Thị B" in the name column looks like
 * a record missing everything else). This file holds the rules that find it; the readers apply them (CSV:
 * `readCsvRecords`, whose plan tells `readCsvBlock` how many rows to leave out; XLSX: `readXlsxRecords`).
 *
 * The rules:
 * 1. Only rows under the header are looked at (the first record on), and only when the header is looked for or
 *    named (`columnMaps` or `headerRow`, as for the title block): a plain read keeps every row.
 * 2. A footer marker is a cell one line of which, trimmed, in any case, with or without diacritics, in any normal
 *    form, is the place-and-date line, a signer's title, the signing hint or "Nơi nhận" (see {@link isFooterMarker}).
 * 3. A footer starts at a row holding a marker; the blank rows (every cell empty after trimming) right above that
 *    row belong to it too.
 * 4. Every row from there to the end of the input is footer-like: no cell holds data ({@link isDataCell}: 6
 *    digits or more), the date line aside, since its day, month and year are digits.
 * 5. The footer is at most {@link FOOTER_MAX_ROWS} rows, its blank rows included: of a longer run of blank rows
 *    above the marker only the last ones are taken, the others stay records (as blank rows under the header
 *    always were).
 * 6. Otherwise it was not a footer: a data-holding row follows, the block grows past the bound, or the input goes
 *    on. Every row held is then a record, in order, with its usual row number: nothing is ever dropped, and the
 *    rows are watched afresh from the next one.
 *
 * So a reader holds the candidate rows (at most {@link FOOTER_MAX_ROWS}) and releases them when they are disproved
 * or, at the end of the input, when they were not a footer after all (blank rows with no marker below them).
 */

/**
 * The most rows a footer has, blank rows included. Decree 30's block is a place-and-date line, up to three
 * signers' titles with their hints, a few blank rows for the signatures and the names: a dozen rows, two dozen
 * with "Nơi nhận" and its list. Forty leaves room for that and bounds what a reader holds; a longer run of rows
 * without data at the end of a file is more likely sparse records than a signature block.
 */
export const FOOTER_MAX_ROWS = 40;

/** What the reader found at the end of the input: reported to the user, who must see rows left out. */
export interface FooterInfo {
  /**
   * The row number the footer's first row has, numbered as the records are (reports' `row`, from `firstRow`): the
   * records are the rows from `firstRow` to `footerRow - 1`. With no footer, the number after the last record.
   */
  footerRow: number;
  /** Rows of the footer, left out (not records); 0 when there is none. */
  footerRows: number;
}

// On folded text (lower case, no diacritics; see foldVietnamese), whitespace runs made one space.

/**
 * "Xã Yên Khánh, ngày 15 tháng 11 năm 2026", "ngày ... tháng ... năm 20...", "Ngày …… tháng …… năm ……", "ngày . . .
 * tháng . . . năm 2026": the numbers written, or left blank with dots, ellipses, underscores or spaces.
 */
const DATE_LINE = /(?:^|[^a-z])ngay[\d.…_ ]*thang[\d.…_ ]*nam[\d.…_ ]*$/u;

/**
 * Who signs a list: the one who drew it up, the head of the unit, the commune's chairman, the police chief, the one
 * who certifies it. Followed by anything ("CHỦ TỊCH UBND XÃ", "TRƯỞNG CÔNG AN XÃ YÊN KHÁNH").
 */
const SIGNER_TITLE =
  /^(?:nguoi lap|nguoi ke khai|nguoi kiem tra|nguoi duyet|thu truong|(?:pho )?truong cong an|(?:pho )?chu tich|xac nhan cua|truong (?:thon|ap|ban|khu pho)|to truong|can bo tu phap|cong chuc tu phap)\b/u;

/**
 * Signing on another's behalf (Decree 30's signing authority): "TM." (thay mặt), "KT." (ký thay), "TL." (thừa lệnh), "TUQ."
 * (thừa ủy quyền), then the body or title: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH".
 */
const ON_BEHALF = /^(?:tm|kt|tl|tuq) ?\. ?[a-z]/u;

/** "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", "(Ký, họ tên, đóng dấu)", "(Chữ ký)", "(Đã ký)". */
const SIGNING_HINT = /^\( ?(?:chu |da )?ky\b/u;

/** "Nơi nhận:", above the list of recipients ("- Như trên;", "- Lưu: VT."). */
const RECIPIENTS = /^noi nhan\b/u;

/**
 * A cell longer than this is no title nor date line (the place of a date line runs to a commune, a district and a
 * province: under a hundred characters): a long note is not folded and matched.
 */
const MARKER_MAX_LENGTH = 200;

/** The shortest date line that can hold 6 digits, "ngay1thang1nam2026": a shorter data cell is not one. */
const DATE_LINE_MIN_LENGTH = 18;

const LINE_BREAK = /[\r\n]+/u;

/** One line of a cell, folded for matching: lower case, no diacritics (any normal form), whitespace runs as one space. */
function foldLine(line: string): string {
  return foldVietnamese(line).replace(/\s+/gu, ' ').trim();
}

const isDateLine = (line: string): boolean => DATE_LINE.test(foldLine(line));

/**
 * Whether a cell is a footer marker (rule 2): one of its lines is the place-and-date line, a signer's title, the
 * signing hint or "Nơi nhận". A cell may hold several lines (Excel's Alt+Enter: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH").
 *
 * @example isFooterMarker('Xã Yên Khánh, ngày 15 tháng 11 năm 2026') // true
 * @example isFooterMarker('Nguoi lap bieu') // true
 * @example isFooterMarker('Nguyễn Thị B') // false
 */
export function isFooterMarker(cell: string): boolean {
  if (cell.length > MARKER_MAX_LENGTH) return false;
  for (const line of cell.split(LINE_BREAK)) {
    const text = foldLine(line);
    if (text === '') continue;
    if (DATE_LINE.test(text) || SIGNER_TITLE.test(text) || ON_BEHALF.test(text) || SIGNING_HINT.test(text) || RECIPIENTS.test(text)) return true;
  }
  return false;
}

/**
 * Whether a cell holds data (rule 4): {@link isDataCell} once its place-and-date lines, whose digits are a day, a
 * month and a year, are set aside.
 *
 * @example holdsDataBesideDateLine('Hà Nội, ngày 05 tháng 01 năm 2026') // false
 * @example holdsDataBesideDateLine('001099012345') // true
 */
function holdsDataBesideDateLine(cell: string): boolean {
  if (!isDataCell(cell)) return false;
  // The common case, a record's ID, phone or date: too short to be a date line.
  if (cell.length < DATE_LINE_MIN_LENGTH || cell.length > MARKER_MAX_LENGTH) return true;
  return isDataCell(
    cell
      .split(LINE_BREAK)
      .filter((line) => !isDateLine(line))
      .join(' '),
  );
}

/**
 * Whether a row can be part of a footer (rule 4): none of its cells holds data, the date line aside.
 *
 * @example isFooterLike(['', 'Xã Yên Khánh, ngày 15 tháng 11 năm 2026']) // true
 * @example isFooterLike(['15', 'Người Lập', '001099012345']) // false
 */
export function isFooterLike(cells: readonly string[]): boolean {
  for (const cell of cells) if (holdsDataBesideDateLine(cell)) return false;
  return true;
}

/** Whether a row holds a footer marker (rule 2), in any cell. */
export function holdsFooterMarker(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '' && isFooterMarker(cell)) return true;
  return false;
}

/** Watches the rows under the header for a footer, holding the candidate rows until they are proved or disproved. */
export interface FooterWatch<T> {
  /**
   * Takes the next row (its cells, and what the reader emits for it, its record): returns the rows that are
   * records from here on, in order (rows held before and now disproved, then this one), or none while this one is
   * held. For the usual row, a record with nothing held before it, {@link JUST_THIS_ROW}: the reader emits its own
   * item (no array a record).
   */
  push(cells: readonly string[], item: T): readonly T[] | typeof JUST_THIS_ROW;
  /** The input ended: the rows held that are records after all (blank rows with no marker below them), and how many rows the footer has. */
  end(): { records: readonly T[]; footerRows: number };
}

const NONE: readonly never[] = Object.freeze([]);

/** What `FooterWatch.push` returns for a record with no row held before it: emit the row just pushed. */
export const JUST_THIS_ROW = Symbol('just this row');

/**
 * A watch for the footer of a table (the rules of this file). The reader numbers every row as it reads it, held or
 * not, so the released rows keep their numbers and the footer's are the last ones.
 *
 * @example
 * const watch = createFooterWatch<string>();
 * watch.push(['1', 'Nguyễn Văn An', '001099012345'], 'record 1'); // ['record 1']
 * watch.push(['', 'NGƯỜI LẬP BIỂU'], 'row 2'); // []
 * watch.push(['', 'Nguyễn Thị B'], 'row 3'); // []
 * watch.end(); // { records: [], footerRows: 2 }
 */
export function createFooterWatch<T>(): FooterWatch<T> {
  // The rows held, oldest first: blank rows, then (once `marked`) the marker's row and the footer-like rows after it.
  let held: T[] = [];
  // How many of the held rows, at the front, are the blank rows above the marker (all of them until it comes).
  let blanks = 0;
  let marked = false;

  const release = (): T[] => {
    const rows = held;
    held = [];
    blanks = 0;
    marked = false;
    return rows;
  };

  const push = (cells: readonly string[], item: T): readonly T[] | typeof JUST_THIS_ROW => {
    const blank = !marked && isEmptyRow(cells);
    // The common case, a record: it holds data, or starts no footer. The rows held before it were no footer either.
    if (!blank && (!isFooterLike(cells) || (!marked && !holdsFooterMarker(cells)))) {
      if (held.length === 0) return JUST_THIS_ROW;
      const rows = release();
      rows.push(item);
      return rows;
    }
    held.push(item);
    if (blank) blanks += 1;
    else marked = true;
    if (held.length <= FOOTER_MAX_ROWS) return NONE;
    // Over the bound: the oldest blank row above the marker gives way first, and stays a record (rule 5) …
    if (blanks > 0) {
      blanks -= 1;
      return [held.shift()!];
    }
    // … and with none left, the rows held were no footer (rule 6). This row, the one past the bound, is watched
    // afresh: it may start a footer of its own.
    const rows = release();
    const last = rows.pop()!;
    const again = push(cells, last);
    if (again === JUST_THIS_ROW) rows.push(last);
    else for (const row of again) rows.push(row);
    return rows;
  };

  return {
    push,
    end() {
      if (marked) return { records: NONE, footerRows: release().length };
      return { records: release(), footerRows: 0 };
    },
  };
}
