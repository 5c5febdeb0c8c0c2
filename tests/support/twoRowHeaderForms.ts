/**
 * Two-row headers of lists exported from Vietnamese Excel forms: a group's name in a merged cell (the first column of
 * its span, the others empty) over the names of its columns, the columns that are not grouped merged down. Shared by
 * the reader's tests (tests/io/read/subHeaderRow.test.ts), the audit's (tests/io/subHeaderRow.test.ts) and the
 * command line's (tests/cli/headerRow.test.ts), so all judge the same rows. Rows are lists of cells; `csvText`
 * (footerForms.ts) joins them as Excel writes CSV.
 */

/** A two-row header, the column names it should give, and records under it. */
export interface TwoRowForm {
  top: readonly string[];
  sub: readonly string[];
  /** The column names read from both rows (subHeaderRow.ts). */
  names: readonly string[];
  people: readonly (readonly string[])[];
}

/** The same header in one row: what the two rows should read as. */
export const ONE_ROW_HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Căn cước công dân', 'Ngày cấp', 'Nơi cấp', 'Nơi thường trú', 'Số điện thoại'];

/** Two records of nine columns: the ID and its issue date in the grouped columns. */
export const TWO_ROW_PEOPLE = [
  ['1', 'Nguyễn Văn An', '15/03/1999', 'Nam', '001099012345', '10/05/2021', 'Cục CS QLHC về TTXH', '12 Lý Thường Kiệt, Phường Hoàn Kiếm, Thành phố Hà Nội', '0912345678'],
  ['2', 'Trần Thị Bình', '01/02/2001', 'Nữ', '075301004567', '20/06/2022', 'Cục CS QLHC về TTXH', 'Ấp 3, Xã Tân Phú, Tỉnh Đồng Nai', '0987654321'],
];

/** The example of the issue: the ID card's number, issue date and place grouped under "Căn cước công dân". */
export const ID_CARD_GROUP: TwoRowForm = {
  top: ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Căn cước công dân', '', '', 'Nơi thường trú', 'Số điện thoại'],
  sub: ['', '', '', '', 'Số', 'Ngày cấp', 'Nơi cấp', '', ''],
  names: ONE_ROW_HEADER,
  people: TWO_ROW_PEOPLE,
};

/** The name, birth date and sex grouped too: the second row names more fields than the top (the search chooses it). */
export const PERSON_GROUP: TwoRowForm = {
  top: ['STT', 'Thông tin cá nhân', '', '', 'Căn cước công dân', '', '', 'Nơi thường trú', 'Số điện thoại'],
  sub: ['', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số', 'Ngày cấp', 'Nơi cấp', '', ''],
  names: ONE_ROW_HEADER,
  people: TWO_ROW_PEOPLE,
};

/** The second row repeats the names of the columns that are not grouped (an export that filled merged cells down). */
export const REPEATED_NAMES: TwoRowForm = {
  top: ID_CARD_GROUP.top,
  sub: ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số', 'Ngày cấp', 'Nơi cấp', 'Nơi thường trú', 'Số điện thoại'],
  names: ONE_ROW_HEADER,
  people: TWO_ROW_PEOPLE,
};

/** "CMND/CCCD" over "Số": the group's own number, named by the group ("CMND/CCCD"), is the ID. */
export const OLD_ID_GROUP: TwoRowForm = {
  top: ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'CMND/CCCD', '', '', 'Nơi thường trú', 'Số điện thoại'],
  sub: ID_CARD_GROUP.sub,
  names: ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'CMND/CCCD', 'Ngày cấp', 'Nơi cấp', 'Nơi thường trú', 'Số điện thoại'],
  people: TWO_ROW_PEOPLE,
};

/**
 * A date of birth split in three columns ("Ngày | Tháng | Năm") beside the ID group and a contact group: each part is
 * named with its group, the profile joins them into the date (`parts`, ADR 0015); the place of issue is not the ID.
 */
export const SPLIT_BIRTH_DATE: TwoRowForm = {
  top: ['STT', 'Họ và tên', 'Ngày sinh', '', '', 'Giới tính', 'Căn cước công dân', '', '', 'Liên hệ', ''],
  sub: ['', '', 'Ngày', 'Tháng', 'Năm', '', 'Số', 'Ngày cấp', 'Nơi cấp', 'Số điện thoại', 'Thư điện tử'],
  names: ['STT', 'Họ và tên', 'Ngày sinh Ngày', 'Ngày sinh Tháng', 'Ngày sinh Năm', 'Giới tính', 'Căn cước công dân', 'Ngày cấp', 'Nơi cấp', 'Số điện thoại', 'Thư điện tử'],
  people: [
    ['1', 'Nguyễn Văn An', '15', '03', '1999', 'Nam', '001099012345', '10/05/2021', 'Cục CS QLHC về TTXH', '0912345678', 'an@example.vn'],
    ['2', 'Trần Thị Bình', '01', '02', '2001', 'Nữ', '075301004567', '20/06/2022', 'Cục CS QLHC về TTXH', '0987654321', 'binh@example.vn'],
  ],
};

/** The title block of a commune police list, nine columns wide. */
export const TWO_ROW_TITLE = [
  ['CÔNG AN XÃ TÂN PHÚ', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '', '', '', ''],
  ['', '', '', '', 'Độc lập - Tự do - Hạnh phúc', '', '', '', ''],
  ['DANH SÁCH CÔNG DÂN ĐĂNG KÝ THƯỜNG TRÚ', '', '', '', '', '', '', '', ''],
];

/** The column-number row of a form of `width` columns: `(1),(2),…`. */
export const columnNumbers = (width: number): string[] => Array.from({ length: width }, (_, i) => `(${i + 1})`);

/** A record as the reader should give it: the names of the form, the cells of the row. */
export function recordOf(names: readonly string[], cells: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name, k) => [name, cells[k]!]));
}
