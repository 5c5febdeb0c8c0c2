import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSummaryText } from '../../src/cli/formatSummary';
import { formatNumber } from '../../src/io/render/numberFormat';
import { summarize, UNKNOWN_GROUP, type RecordReport } from '../../src/core';
import { summaryWithProvincesArb } from '../io/render/groupsArbitrary';

function report(row: number, score: number, verdict: RecordReport['verdict']): RecordReport {
  return { row, score, verdict, dimensions: { correct: score, complete: 1, clean: 1, live: 1 }, issues: [], fixed: {} };
}

// Five provinces and one unplaced record: the three lowest means are named, lowest first, then the unplaced count.
const summary = summarize('citizen', '2026-11-01', [
  { report: report(1, 1, 'pass'), groups: { province: 'Thành phố Hà Nội' } },
  { report: report(2, 0.6, 'fail'), groups: { province: 'Tỉnh Lào Cai' } },
  { report: report(3, 0.9, 'pass'), groups: { province: 'Tỉnh Nghệ An' } },
  { report: report(4, 0.7, 'warn'), groups: { province: 'Thành phố Hồ Chí Minh' } },
  { report: report(5, 0.8, 'warn'), groups: { province: 'Tỉnh Đắk Lắk' } },
  { report: report(6, 0.5, 'fail'), groups: { province: UNKNOWN_GROUP } },
]);

describe('formatSummaryText', () => {
  it.each([
    ['vi', '  Tỉnh/thành phố điểm thấp nhất: Tỉnh Lào Cai 0,600 (1 bản ghi) · Thành phố Hồ Chí Minh 0,700 (1 bản ghi) · Tỉnh Đắk Lắk 0,800 (1 bản ghi); 1 bản ghi không xác định được tỉnh'],
    ['en', '  Provinces with the lowest scores: Tỉnh Lào Cai 0.600 (1 records) · Thành phố Hồ Chí Minh 0.700 (1 records) · Tỉnh Đắk Lắk 0.800 (1 records); 1 records province unknown'],
  ] as const)('names the provinces scoring lowest (%s)', (lang, line) => {
    expect(formatSummaryText(summary, lang).split('\n')).toContain(line);
  });

  it.each([
    ['vi', 'Kết quả kiểm tra (citizen, ngày đối chiếu 2026-11-01): 6 bản ghi', '  đạt 2 (33,3%) · cảnh báo 2 (33,3%) · lỗi 2 (33,3%)'],
    ['en', 'Audit result (citizen, as of 2026-11-01): 6 records', '  pass 2 (33.3%) · warn 2 (33.3%) · fail 2 (33.3%)'],
  ] as const)('writes numbers and words in the language asked (%s)', (lang, first, second) => {
    expect(formatSummaryText(summary, lang).split('\n').slice(0, 2)).toEqual([first, second]);
  });

  it.each([
    ['vi', { titleRows: 3, headerRows: 1, numberingRows: 1, footerRows: 0 }, /^ {2}Không phải bản ghi, không kiểm tra: 3 dòng đầu biểu .*, 1 dòng .*\.$/u],
    ['en', { titleRows: 0, headerRows: 0, numberingRows: 0, footerRows: 5 }, /^ {2}Not records, not audited: 5 .*\.$/u],
  ] as const)('repeats the rows that were not records, under the verdicts (%s)', (lang, leftOut, line) => {
    const lines = formatSummaryText({ ...summary, leftOut }, lang).split('\n');
    expect(lines[3]).toMatch(line);
    expect(formatSummaryText(summary, lang).split('\n').filter((l) => /bản ghi, không kiểm tra|not audited/u.test(l))).toEqual([]);
  });

  it('says nothing of provinces when the summary has no breakdown, or only unplaced records', () => {
    const { groups: _none, ...without } = summary;
    expect(formatSummaryText(without)).not.toMatch(/Tỉnh\/thành phố/);
    const unplacedOnly = summarize('citizen', '2026-11-01', [{ report: report(1, 0.5, 'fail'), groups: { province: UNKNOWN_GROUP } }]);
    expect(formatSummaryText(unplacedOnly)).not.toMatch(/Tỉnh\/thành phố/);
  });

  it('prints any summary with its row count, every line free of control characters (names from files included)', () => {
    fc.assert(
      fc.property(summaryWithProvincesArb, fc.constantFrom('vi' as const, 'en' as const), (s, lang) => {
        const text = formatSummaryText(s, lang);
        for (const line of text.split('\n')) expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/);
        expect(text.split('\n')[0]).toContain(`${formatNumber(s.rows, lang)} `);
      }),
      { numRuns: 200 },
    );
  });
});
