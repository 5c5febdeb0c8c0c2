import type { Dimension, Lang, Severity, Verdict } from '../../core';

/** The words every rendered report uses, in both languages the reports speak. */
export interface ReportLabels {
  title: string;
  profile: string;
  asOf: string;
  rows: string;
  meanScore: string;
  verdicts: string;
  verdict: string;
  share: string;
  dimensions: string;
  dimension: string;
  histogram: string;
  scoreRange: string;
  rules: string;
  rule: string;
  ruleTitle: string;
  records: string;
  examples: string;
  noIssues: string;
  fields: string;
  field: string;
  filled: string;
  fillRate: string;
  columns: string;
  column: string;
  ignored: string;
  /** The sentence saying which rows of the input were not records (a form's title block, its footer …). */
  leftOut: (parts: string) => string;
  leftOutKinds: Record<'titleRows' | 'headerRows' | 'numberingRows' | 'footerRows', (count: string) => string>;
  findings: string;
  finding: string;
  severity: string;
  findingRows: string;
  findingsShown: (shown: string, total: string) => string;
  provinces: string;
  province: string;
  /** The group of records whose address could not be placed in a province. */
  unknownProvince: string;
  /** Under a province table cut to its largest rows. */
  provincesMore: (more: string) => string;
  recordsByProvince: string;
  topRules: string;
  meanByDimension: string;
  filter: string;
  filterPlaceholder: string;
  /** Tells the reader rows open (shown only when the page's script runs). */
  detailHint: string;
  generatedBy: string;
  /** The words of one record's report (notebook display). */
  record: { row: string; key: string; score: string; message: string; value: string; fix: string };
  verdictNames: Record<Verdict, string>;
  dimensionNames: Record<Dimension, string>;
  severityNames: Record<Severity, string>;
}

export const LABELS: Readonly<Record<Lang, ReportLabels>> = Object.freeze({
  vi: {
    title: 'Báo cáo chất lượng dữ liệu',
    profile: 'Hồ sơ kiểm tra',
    asOf: 'Ngày đối chiếu',
    rows: 'Số bản ghi',
    meanScore: 'Điểm trung bình',
    verdicts: 'Kết luận',
    verdict: 'Kết luận',
    share: 'Tỉ lệ',
    dimensions: 'Điểm theo tiêu chí',
    dimension: 'Tiêu chí',
    histogram: 'Phân bố điểm',
    scoreRange: 'Khoảng điểm',
    rules: 'Quy tắc vi phạm',
    rule: 'Mã quy tắc',
    ruleTitle: 'Nội dung',
    records: 'Bản ghi',
    examples: 'Dòng ví dụ',
    noIssues: 'Không có vấn đề nào.',
    fields: 'Tỉ lệ điền theo trường',
    field: 'Trường',
    filled: 'Đã điền',
    fillRate: 'Tỉ lệ điền',
    columns: 'Ánh xạ cột',
    column: 'Cột',
    ignored: '(bỏ qua)',
    leftOut: (parts) => `Không phải bản ghi, không kiểm tra: ${parts}.`,
    leftOutKinds: {
      titleRows: (n) => `${n} dòng đầu biểu phía trên dòng tiêu đề`,
      headerRows: (n) => `${n} dòng tiêu đề thứ hai`,
      numberingRows: (n) => `${n} dòng đánh số cột`,
      footerRows: (n) => `${n} dòng ký tên ở cuối`,
    },
    findings: 'Phát hiện trên toàn bộ dữ liệu',
    finding: 'Mô tả',
    severity: 'Mức độ',
    findingRows: 'Các dòng',
    findingsShown: (shown, total) => `${shown} trên ${total} phát hiện, nhiều bản ghi nhất trước.`,
    provinces: 'Theo tỉnh, thành phố',
    province: 'Tỉnh, thành phố',
    unknownProvince: 'Không xác định',
    provincesMore: (more) => `… và ${more} tỉnh, thành phố khác, ít bản ghi hơn.`,
    recordsByProvince: 'Bản ghi theo tỉnh, thành phố',
    topRules: 'Quy tắc vi phạm nhiều nhất',
    meanByDimension: 'Điểm trung bình theo tiêu chí',
    filter: 'Lọc bảng',
    filterPlaceholder: 'Lọc…',
    detailHint: 'Bấm vào tiêu đề cột để sắp xếp, vào một dòng để xem chi tiết.',
    generatedBy: 'Tạo bởi ddss',
    record: { row: 'Dòng', key: 'Mã bản ghi', score: 'Điểm', message: 'Mô tả', value: 'Giá trị', fix: 'Đề xuất sửa' },
    verdictNames: { pass: 'Đạt', warn: 'Cảnh báo', fail: 'Lỗi' },
    dimensionNames: { correct: 'Đúng', complete: 'Đủ', clean: 'Sạch', live: 'Sống' },
    severityNames: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  },
  en: {
    title: 'Data quality report',
    profile: 'Profile',
    asOf: 'As of',
    rows: 'Records',
    meanScore: 'Mean score',
    verdicts: 'Verdicts',
    verdict: 'Verdict',
    share: 'Share',
    dimensions: 'Score by dimension',
    dimension: 'Dimension',
    histogram: 'Score distribution',
    scoreRange: 'Score range',
    rules: 'Rules broken',
    rule: 'Rule id',
    ruleTitle: 'Checks',
    records: 'Records',
    examples: 'Example rows',
    noIssues: 'No issues.',
    fields: 'Fill rate by field',
    field: 'Field',
    filled: 'Filled',
    fillRate: 'Fill rate',
    columns: 'Column mapping',
    column: 'Column',
    ignored: '(ignored)',
    leftOut: (parts) => `Not records, not audited: ${parts}.`,
    leftOutKinds: {
      titleRows: (n) => `${n} title ${n === '1' ? 'row' : 'rows'} above the header`,
      headerRows: (n) => `${n} second header ${n === '1' ? 'row' : 'rows'}`,
      numberingRows: (n) => `${n} column-number ${n === '1' ? 'row' : 'rows'}`,
      footerRows: (n) => `${n} signature-block ${n === '1' ? 'row' : 'rows'} at the end`,
    },
    findings: 'Dataset findings',
    finding: 'Finding',
    severity: 'Severity',
    findingRows: 'Rows',
    findingsShown: (shown, total) => `${shown} of ${total} findings, most records first.`,
    provinces: 'By province',
    province: 'Province',
    unknownProvince: 'Unknown',
    provincesMore: (more) => `… and ${more} more provinces, with fewer records.`,
    recordsByProvince: 'Records by province',
    topRules: 'Most broken rules',
    meanByDimension: 'Mean score by dimension',
    filter: 'Filter table',
    filterPlaceholder: 'Filter…',
    detailHint: 'Click a column header to sort, a row to see its details.',
    generatedBy: 'Generated by ddss',
    record: { row: 'Row', key: 'Record key', score: 'Score', message: 'Message', value: 'Value', fix: 'Suggested fix' },
    verdictNames: { pass: 'Pass', warn: 'Warn', fail: 'Fail' },
    dimensionNames: { correct: 'Correct', complete: 'Complete', clean: 'Clean', live: 'Live' },
    severityNames: { error: 'Error', warning: 'Warning', info: 'Info' },
  },
});
