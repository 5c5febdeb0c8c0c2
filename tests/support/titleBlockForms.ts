/**
 * The title-block forms a review reproduced the header search's defects with, shared by the reader's tests
 * (tests/io/headerRow.test.ts) and the command line's (tests/cli/headerRow.test.ts), so both judge the same bytes.
 */

/** A household form whose key-value lines (an ID, an address) sit above the table. */
export const HOUSEHOLD_FORM = [
  'PHIẾU KHAI THÔNG TIN CÁC THÀNH VIÊN HỘ GIA ĐÌNH',
  'Họ và tên chủ hộ:,Nguyễn Văn An,Ngày sinh:,15/03/1969,,',
  'Số định danh cá nhân:,001069012345,Nơi thường trú:,"Xóm 2, Xã Chiêu Lưu, Tỉnh Nghệ An",,',
  'STT,Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,Quan hệ với chủ hộ',
  '1,Nguyễn Văn An,15/03/1969,Nam,001069012345,Chủ hộ',
  '2,Trần Thị Bình,20/05/1972,Nữ,001172012346,Vợ',
].join('\n');

/** A plain export whose header names one field; its third record names two ("Mã", "Thường trú"). */
export const ONE_FIELD_EXPORT = [
  'so_cccd,ho,ten_dem,ten,loai_cu_tru,nam_sinh',
  '001099012345,Nguyễn,Văn,An,Tạm trú,1999',
  '001199012346,Trần,Thị,Bình,Thường trú,1999',
  '001099012347,Mã,Văn,Cường,Thường trú,1999',
  '001099012348,Lê,Văn,Dũng,Tạm trú,1999',
].join('\n');

/** A semicolon header whose cells hold line breaks (Excel's Alt+Enter). */
export const MULTI_LINE_HEADER = 'STT;"Họ và\ntên";"Ngày, tháng,\nnăm sinh";"Giới\ntính";"Số CMND/\nCCCD"';

/** That header under a two-line title, with a column-number row. */
export const MULTI_LINE_HEADER_FORM = `UBND XÃ AN KHÁNH\nDANH SÁCH CÔNG DÂN\n${MULTI_LINE_HEADER}\n(1);(2);(3);(4);(5)\n1;Nguyễn Văn An;15/03/1999;Nam;001099012345\n2;Trần Thị Bình;15/03/1999;Nữ;001199012346\n`;

/** A semicolon table under one quoted title cell of two lines (the national motto). */
export const TWO_LINE_TITLE_FORM =
  '"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"\nma_ho_so;so_dinh_danh;ho_ten;ngay_sinh;gioi_tinh\nHS1;001099012345;Nguyễn Văn An;15/03/1999;Nam\nHS2;001199012346;Trần Thị Bình;15/03/1999;Nữ\n';

/** A header with a trailing comma (an empty cell) and a column-number row under it. */
export const TRAILING_COMMA_FORM =
  'UBND XÃ AN KHÁNH,,,,,\nDANH SÁCH CÔNG DÂN,,,,,\nma_ho_so,so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,\n(1),(2),(3),(4),(5),\nHS1,001099012345,Nguyễn Văn An,15/03/1999,Nam,\nHS2,001199012346,Trần Thị Bình,15/03/1999,Nữ,\n';
