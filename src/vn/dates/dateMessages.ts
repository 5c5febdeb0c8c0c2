/** Why a date did not parse, in Vietnamese (first) and English. Shared constants: a failure allocates nothing. */
export interface DateMessage {
  readonly vi: string;
  readonly en: string;
}

function message(vi: string, en: string): DateMessage {
  return Object.freeze({ vi, en });
}

export const DATE_MESSAGES = Object.freeze({
  empty: message('Chưa có ngày', 'No date given'),
  unrecognised: message(
    'Không nhận ra định dạng ngày (dùng ngày/tháng/năm, ví dụ 01/07/2024, hoặc 2024-07-01)',
    'Unrecognised date format (use day/month/year, e.g. 01/07/2024, or 2024-07-01)',
  ),
  twoDigitYear: message('Năm chỉ có 2 chữ số, không rõ thế kỷ: cần ghi đủ 4 chữ số', 'Two-digit year is ambiguous: write all four digits'),
  month: message('Tháng không tồn tại (phải từ 1 đến 12)', 'Month does not exist (must be 1 to 12)'),
  day: message('Ngày không tồn tại trong tháng này', 'Day does not exist in that month'),
  leapDay: message('Ngày 29/02 chỉ có trong năm nhuận', '29 February exists only in leap years'),
  yearZero: message('Năm 0 không tồn tại', 'There is no year 0'),
  time: message('Giờ không tồn tại (giờ 0–23, phút và giây 0–59)', 'Time does not exist (hours 0–23, minutes and seconds 0–59)'),
  excelPhantom: message(
    'Số ngày Excel 60 là ngày 29/02/1900, ngày không có thật (lỗi năm nhuận của Excel)',
    'Excel serial 60 is 29/02/1900, a day that never existed (Excel leap-year bug)',
  ),
  excelRange: message('Số ngày Excel nằm ngoài khoảng 01/01/1900 – 31/12/9999', 'Excel serial is outside 1900-01-01 to 9999-12-31'),
});
