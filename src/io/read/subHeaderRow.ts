import { foldVietnamese } from '../../vn/text/foldVietnamese';
import { columnNames, holdsData } from './headerRow';

/**
 * The second row of a two-row header. Lists exported from Vietnamese Excel forms often group columns under a merged
 * cell: the top row names the group ("Căn cước công dân") in the first column of its span and leaves the others
 * empty, the row under it names the columns of each group ("Số | Ngày cấp | Nơi cấp"), and a column that is not
 * grouped is merged down (named in the top row, empty in the second):
 *
 *     STT,Họ và tên,Ngày sinh,Căn cước công dân,,,Nơi thường trú
 *     ,,,Số,Ngày cấp,Nơi cấp,
 *
 * Read as a one-row header, the second row would be a record (failing with missing fields) and the grouped columns
 * would be `column_5`, `column_6`: the ID and its issue date not audited. This file decides whether the row next to
 * the header is its second row, and names the columns from both; the readers apply it (CSV: `readCsvRecords`, whose
 * plan tells `readCsvBlock` to skip the row too; XLSX: `readXlsxRecords`).
 *
 * A group's span is the column of a non-empty top cell and the columns of the empty top cells after it; a column
 * whose span is itself alone is named by the top row alone (merged down). The rules, all of which must hold:
 * 1. The row is right under the header (the next row read), and the header is looked for or named, with `columnMaps`
 *    to tell fields (as for the title block and the footer). When the search chose the lower row itself (it named
 *    more fields: "Thông tin cá nhân" over "Họ và tên | Ngày sinh | Giới tính"), the row right above it is tried as
 *    the top row, by the same rules; a header named by `--header-row` is never moved.
 * 2. Neither row holds a data cell (`isDataCell`: 6 digits or more): a record or a key-value line is no header.
 * 3. The second row names a column the top row does not name alone: a non-empty cell in a group's span, or under an
 *    empty top cell that starts no group. That is what merged cells leave to it; a row with text only under columns
 *    the top names one by one is a record (a sparse one).
 * 4. Under a column the top row names alone, its cell is empty (merged down), repeats the top name, names a field
 *    (alone or joined with the top name, see {@link subHeaderNames}), or is a number label ("Số") under a top name
 *    that is a field. A record puts values there ("Nguyễn Văn An" under "Họ và tên"); a header does not.
 * 5. The two rows together make more columns map to a field (`columnMaps`, on the column names below) than either
 *    row alone. That is what a second header row is for, and the guard against a sparse record of text only that
 *    passes rules 2–4: one that maps nothing more stays a record, as before. Dropping a record, and renaming columns
 *    after its values, is worse than auditing a header row as a record, which the rules then flag.
 *
 * A date split in "Ngày | Tháng | Năm" under "Ngày sinh", or a birth date split in "Nam | Nữ" (the column of the
 * person's sex), is a second row when the profile names the joined names ("Ngày sinh Ngày" …: a field spec's `parts`
 * and `impliedBy`, ADR 0015); the profile then decides, from the whole list of columns, what they give.
 */

/** The column names a two-row header gives, and the cells a column-number row under it numbers. */
export interface TwoRowHeader {
  /** One per column: trimmed, an empty one `column_<n>`, a repeated one `<name>_2` (as `columnNames`). */
  names: string[];
  /** Per column, the cell that names it: the second row's when not empty, else the top row's (empty in a span). */
  cells: string[];
}

/** A column of a two-row header, its cells trimmed. */
interface Column {
  /** The top row's cell over it. */
  top: string;
  /** The second row's cell. */
  sub: string;
  /** The top name carried across the span it is in; empty before the first non-empty top cell. */
  group: string;
  /** The first column of its span: the top cell sits over it. */
  first: boolean;
  /** Its span is itself alone: the top row names it, merged down. */
  alone: boolean;
}

/**
 * Sub-column labels that say the column holds the number of what the group names: "Số" under "Căn cước công dân"
 * or "CMND/CCCD" is the ID itself. Folded (see {@link labelKey}).
 */
const NUMBER_LABELS: ReadonlySet<string> = new Set(['so', 'sohieu']);

/** A label compared in any case, with or without diacritics, in any normal form, punctuation aside: "Số:" is "so". */
function labelKey(label: string): string {
  return foldVietnamese(label).replace(/[^a-z0-9]+/gu, '');
}

/** The columns of two rows, `width` of them (cells beyond a row's end are empty: XLSX does not store trailing ones). */
function columnsOf(top: readonly string[], sub: readonly string[], width: number): Column[] {
  const columns: Column[] = [];
  let group = '';
  for (let j = 0; j < width; j++) {
    const cell = (top[j] ?? '').trim();
    if (cell !== '') group = cell;
    const next = j + 1 < width ? (top[j + 1] ?? '').trim() : '';
    columns.push({ top: cell, sub: (sub[j] ?? '').trim(), group, first: cell !== '', alone: cell !== '' && (j + 1 === width || next !== '') });
  }
  return columns;
}

/**
 * A column's name from the two rows, the first of:
 * 1. its sub name, when it names a field ("Ngày cấp");
 * 2. the group name, when its sub name is a number label ("Số" under "Căn cước công dân" or "CMND/CCCD": the group's
 *    own number, named as a one-row header names it) and the group names a field;
 * 3. `${sub} ${group}`, when that names a field: Vietnamese puts the qualifier after ("Ngày cấp CCCD");
 * 4. `${group} ${sub}`, when that does;
 * 5. the group name, when it names a field and the group is this column alone. Any other column of a group named
 *    after a field would name that field a second time, or wrongly: "Nơi cấp" under "Căn cước công dân", the parts
 *    of an address;
 * 6. its sub name, when not empty (a label naming no field: reported as ignored, like any unmapped column);
 * 7. the top name, when its sub name is empty and the top cell sits over it (merged down, or a group's first column);
 * 8. empty, which `columnNames` makes `column_<n>` (an empty cell in a group's span carries no name of its own).
 */
function columnName(column: Column, maps: (name: string) => boolean): string {
  const { sub, group } = column;
  if (sub === '') return column.first ? column.top : '';
  if (maps(sub)) return sub;
  if (group !== '') {
    if (NUMBER_LABELS.has(labelKey(sub)) && maps(group)) return group;
    for (const joined of [`${sub} ${group}`, `${group} ${sub}`]) if (maps(joined)) return joined;
    if (column.alone && maps(group)) return group;
  }
  return sub;
}

/** Rule 4: what the second row holds under a column the top names alone is a header's, not a record's. */
function fitsUnderAloneColumn(column: Column, maps: (name: string) => boolean): boolean {
  const { sub, top } = column;
  if (sub === '' || labelKey(sub) === labelKey(top)) return true;
  if (maps(sub) || maps(`${sub} ${top}`) || maps(`${top} ${sub}`)) return true;
  return NUMBER_LABELS.has(labelKey(sub)) && maps(top);
}

/**
 * The column names of a two-row header: `top`, and `sub` right under it, when `sub` is its second row by the rules
 * of this file; null when it is not (a record, or a row the readers look at otherwise).
 *
 * @param width the columns: the header's width as the reader takes it (CSV: the cells of the row its parser took as
 *   the header, so that every block parses alike; XLSX: the wider row, trailing empty cells not being stored).
 * @example
 * subHeaderNames(['STT', 'Họ và tên', 'Căn cước công dân', '', ''], ['', '', 'Số', 'Ngày cấp', 'Nơi cấp'], maps, 5)
 * // { names: ['STT', 'Họ và tên', 'Căn cước công dân', 'Ngày cấp', 'Nơi cấp'], cells: ['STT', 'Họ và tên', 'Số', 'Ngày cấp', 'Nơi cấp'] }
 */
export function subHeaderNames(top: readonly string[], sub: readonly string[], columnMaps: (name: string) => boolean, width: number): TwoRowHeader | null {
  if (holdsData(top) || holdsData(sub)) return null;
  // Names are asked about composed, as `fieldsNamed` asks: a Windows-1258 or NFD header is recognised too.
  const maps = (name: string) => columnMaps(name.normalize('NFC'));
  const columns = columnsOf(top, sub, width);
  if (!columns.some((c) => c.sub !== '' && !c.alone)) return null;
  if (!columns.every((c) => !c.alone || fitsUnderAloneColumn(c, maps))) return null;
  const names = columnNames(columns.map((c) => columnName(c, maps)));
  const mapped = (row: readonly string[]) => row.filter(maps).length;
  const alone = (row: readonly string[]) => mapped(columnNames(Array.from({ length: width }, (_, j) => row[j] ?? '')));
  if (mapped(names) <= Math.max(alone(top), alone(sub))) return null;
  return { names, cells: columns.map((c) => (c.sub !== '' ? c.sub : c.top)) };
}
