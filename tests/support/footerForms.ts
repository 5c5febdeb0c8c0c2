/**
 * Lists that end with a signature block (Decree 30/2020/NĐ-CP, Appendix I), shared by the reader's tests
 * (tests/io/read/footerRows.test.ts) and the command line's (tests/cli/footerRows.test.ts), so both judge the same
 * bytes. Rows are lists of cells; `csvText` joins them as Excel writes CSV.
 */

/** The table of a commune police list: seven named columns. */
export const FOOTER_TABLE_HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số định danh cá nhân', 'Số điện thoại', 'Nơi thường trú'];

/** Two records, as the list holds them. */
export const FOOTER_TABLE_PEOPLE = [
  ['1', 'Nguyễn Văn An', '15/03/1999', 'Nam', '001099012345', '0912345678', 'Thôn 2, Xã Yên Khánh, Tỉnh Ninh Bình'],
  ['2', 'Trần Thị Bình', '01/02/2001', 'Nữ', '075301004567', '0987654321', 'Xóm 3, Xã Yên Khánh, Tỉnh Ninh Bình'],
];

/** The title block above the table, with its column-number row under the header (see titleBlockForms.ts). */
export const FOOTER_TABLE_TITLE = [
  ['CÔNG AN XÃ YÊN KHÁNH', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '', ''],
  ['', '', '', '', 'Độc lập - Tự do - Hạnh phúc', '', ''],
  ['DANH SÁCH CÔNG DÂN ĐĂNG KÝ THƯỜNG TRÚ', '', '', '', '', '', ''],
];

/** The example of the issue: a blank row, the place and date, two signers, their hints, a blank row, their names. */
export const SIGNATURE_FOOTER = [
  ['', '', '', '', '', '', ''],
  ['', '', '', '', 'Xã Yên Khánh, ngày 15 tháng 11 năm 2026', '', ''],
  ['', 'NGƯỜI LẬP BIỂU', '', '', '', 'TRƯỞNG CÔNG AN XÃ', '', ''],
  ['', '(Ký, ghi rõ họ tên)', '', '', '', '(Ký tên, đóng dấu)', '', ''],
  ['', '', '', '', '', '', ''],
  ['', 'Nguyễn Thị B', '', '', '', 'Trần Văn C', '', ''],
];

/** A ward office's: "Nơi nhận" and its list on the left, signing on behalf of the committee on the right. */
export const RECIPIENTS_FOOTER = [
  ['', '', '', '', 'Phường Hai Bà Trưng, ngày ... tháng ... năm 20...', '', ''],
  ['Nơi nhận:', '', '', '', 'TM. ỦY BAN NHÂN DÂN', '', ''],
  ['- Như trên;', '', '', '', 'KT. CHỦ TỊCH', '', ''],
  ['- Lưu: VT.', '', '', '', 'PHÓ CHỦ TỊCH', '', ''],
  ['', '', '', '', '(Ký, họ tên, đóng dấu)', '', ''],
  ['', '', '', '', 'Lê Văn D', '', ''],
];

/** An export that lost its diacritics, with the date left blank. */
export const ASCII_FOOTER = [
  ['', '', '', '', 'Xa Yen Khanh, ngay ... thang ... nam 20...', '', ''],
  ['', 'Nguoi lap bieu', '', '', '', 'THU TRUONG DON VI', '', ''],
  ['', '(Ky, ghi ro ho ten)', '', '', '', '(Ky ten, dong dau)', '', ''],
  ['', 'Nguyen Thi B', '', '', '', 'Tran Van C', '', ''],
];

/** One CSV line, quoted as Excel quotes: only the cells that need it. */
export function csvLine(cells: readonly string[], delimiter = ','): string {
  return cells.map((c) => (c.includes(delimiter) || /["\r\n]/u.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
}

/** CSV text of rows, every line ended (`eol`). */
export function csvText(rows: readonly (readonly string[])[], { delimiter = ',', eol = '\n' } = {}): string {
  return rows.map((r) => csvLine(r, delimiter) + eol).join('');
}

const LIST = [...FOOTER_TABLE_TITLE, FOOTER_TABLE_HEADER, FOOTER_TABLE_HEADER.map((_, i) => `(${i + 1})`), ...FOOTER_TABLE_PEOPLE];

/** The example of the issue as a whole file: title block, header, column numbers, two records, the signature block. */
export const SIGNED_LIST = csvText([...LIST, ...SIGNATURE_FOOTER], { eol: '\r\n' });

/** The same list without its signature block. */
export const UNSIGNED_LIST = csvText(LIST, { eol: '\r\n' });
