import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetFinding, DatasetSummary } from '../../../src/core';
import { escapeMarkdown, renderMarkdown, unicodeBar } from '../../../src/io/render/markdown';
import { catalogueFieldLabel } from '../../../src/io/catalogueRuleTitles';
import { NASTY_NAMES } from '../summaryArbitrary';
import { summaryWithProvincesArb } from './groupsArbitrary';
import { ruleTitle, sampleSummary, sampleSummaryWithProvinces } from './sampleSummary';

/** The cells of a Markdown table row, split on the pipes a backslash does not escape. */
function cellCount(line: string): number {
  let pipes = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') pipes++;
  }
  return pipes - 1;
}

describe('renderMarkdown', () => {
  it.each([
    ['vi', ['# Báo cáo chất lượng dữ liệu', '**Số bản ghi:** 4', '**Điểm trung bình:** 0,806', '| Đạt | 2 | 50,0% |', '| Cảnh báo | 1 | 25,0% |', '| Lỗi | 1 | 25,0% |', '| Đúng | 0,750 |', '| Sống | 1,000 |', '| 0,4–0,5 | 1 | 25,0% |', '| 0,9–1,0 | 2 | 50,0% |', '| phone.format | Số điện thoại chưa ở dạng chuẩn E.164 | Sạch | 2 | 0 | 0 | 2 | 2, 3 |', '| id.personal.format | Số định danh sai định dạng | Đúng | 1 | 1 | 0 | 0 | 4 |', '| personalId | 3 | 75,0% |', '| so\\_dinh\\_danh | personalId |', '(bỏ qua)']],
    ['en', ['# Data quality report', '**Records:** 4', '**Mean score:** 0.806', '| Pass | 2 | 50.0% |', '| Warn | 1 | 25.0% |', '| Fail | 1 | 25.0% |', '| Correct | 0.750 |', '| 0.8–0.9 | 1 | 25.0% |', '| phone.legacy | Phone number with a retired prefix | Live | 1 | 0 | 1 | 0 | 3 |', '| personalId | 3 | 75.0% |', '(ignored)']],
  ] as const)('in %s shows the figures', (lang, expected) => {
    const text = renderMarkdown(sampleSummary(), { lang, ruleTitle });
    for (const line of expected) expect(text).toContain(line);
  });

  it('is Vietnamese by default and lists rules by records, most first', () => {
    const text = renderMarkdown(sampleSummary());
    expect(text).toContain('## Quy tắc vi phạm');
    expect(text.indexOf('| phone.format |')).toBeLessThan(text.indexOf('| id.personal.format |'));
    expect(text).not.toContain('Nội dung'); // no title column without a title lookup
  });

  it('escapes markup in column names', () => {
    const text = renderMarkdown(sampleSummary());
    expect(text).not.toContain('<script>');
    expect(text).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(text).toContain('| ghi\\|chu | (bỏ qua) |');
  });

  it('says so when there are no issues, and renders findings only when present', () => {
    const summary = { ...sampleSummary(), rules: {} };
    expect(renderMarkdown(summary)).toContain('Không có vấn đề nào.');
    expect(renderMarkdown(summary)).not.toContain('Phát hiện');
    const finding: DatasetFinding = { rule: 'dataset.duplicate-id', severity: 'error', key: '0123456789abcdef', rows: [3, 9], count: 2, message: { vi: 'Hai người cùng số định danh', en: 'Two people share an ID number' } };
    const withFindings = { ...summary, findings: [finding] };
    expect(renderMarkdown(withFindings)).toContain('| dataset.duplicate-id | Hai người cùng số định danh | Lỗi | 2 | 3, 9 |');
    expect(renderMarkdown(withFindings, { lang: 'en' })).toContain('| dataset.duplicate-id | Two people share an ID number | Error | 2 | 3, 9 |');
  });

  it('shows the largest findings first, at most 50, saying how many there are', () => {
    const findings: DatasetFinding[] = Array.from({ length: 60 }, (_, i) => ({ rule: 'dataset.shared-phone', severity: 'warning', key: String(i), rows: Array.from({ length: 2 + (i % 15) }, (_, r) => i * 100 + r + 1), count: 2 + (i % 15), message: { vi: `nhóm ${i}`, en: `group ${i}` } }));
    const text = renderMarkdown({ ...sampleSummary(), findings } as DatasetSummary, { lang: 'en' });
    expect(text.match(/\| dataset\.shared-phone \|/g)).toHaveLength(50);
    expect(text).toContain('50 of 60 findings, most records first.');
    expect(text).toContain('| dataset.shared-phone | group 14 | Warning | 16 | 1,401, 1,402, 1,403, 1,404, 1,405, 1,406, 1,407, 1,408, 1,409, 1,410, … |');
  });

  it.each([
    ['vi', ['## Theo tỉnh, thành phố', '| Tỉnh, thành phố | Bản ghi | Điểm trung bình | Đạt | Cảnh báo | Lỗi |', '| Thành phố Hà Nội | 2 | 0,975 | 2 | 0 | 0 |', '| _Không xác định_ | 1 | 0,400 | 0 | 0 | 1 |', '| Tỉnh Lào Cai | 1 | 0,875 | 0 | 1 | 0 |']],
    ['en', ['## By province', '| Province | Records | Mean score | Pass | Warn | Fail |', '| Thành phố Hà Nội | 2 | 0.975 | 2 | 0 | 0 |', '| _Unknown_ | 1 | 0.400 | 0 | 0 | 1 |']],
  ] as const)('in %s breaks records down by province, most records first', (lang, expected) => {
    const text = renderMarkdown(sampleSummaryWithProvinces(), { lang, ruleTitle });
    for (const line of expected) expect(text).toContain(line);
    expect(text.indexOf('| Thành phố Hà Nội |')).toBeLessThan(text.indexOf('| _'));
    // After the rules, before the fill rates.
    const [rules, provinces, fields] = lang === 'vi' ? ['## Quy tắc vi phạm', '## Theo tỉnh', '## Tỉ lệ điền'] : ['## Rules broken', '## By province', '## Fill rate'];
    expect(text.indexOf(rules)).toBeLessThan(text.indexOf(provinces));
    expect(text.indexOf(provinces)).toBeLessThan(text.indexOf(fields));
    expect(renderMarkdown(sampleSummary(), { lang })).not.toContain(lang === 'vi' ? 'Theo tỉnh' : 'By province');
  });

  it('lists the 20 provinces with most records and says how many more there are', () => {
    const summary = sampleSummaryWithProvinces();
    const group = (rows: number) => ({ rows, verdicts: { pass: rows, warn: 0, fail: 0 }, total: rows * 9_000, dimensions: { correct: rows * 10_000, complete: rows * 10_000, clean: rows * 10_000, live: rows * 10_000 }, rules: {}, mean: 0.9 });
    summary.groups = { province: Object.fromEntries(Array.from({ length: 34 }, (_, i) => [`Tỉnh số ${String(i + 1).padStart(2, '0')}`, group(100 + i)])) };
    const vi = renderMarkdown(summary);
    expect(vi.match(/\| Tỉnh số \d\d \|/g)).toHaveLength(20);
    expect(vi).toContain('| Tỉnh số 34 | 133 | 0,900 | 133 | 0 | 0 |');
    expect(vi).not.toContain('| Tỉnh số 14 |');
    expect(vi).toContain('… và 14 tỉnh, thành phố khác, ít bản ghi hơn.');
    expect(renderMarkdown(summary, { lang: 'en' })).toContain('… and 14 more provinces, with fewer records.');
  });

  it.each([
    [0, ''],
    [1, '████████████████████'],
    [0.5, '██████████'],
    [0.025, '▌'],
    [0.03, '▋'],
    [Number.NaN, ''],
    [2, '████████████████████'],
  ])('draws a bar for %d as %j', (share, bar) => {
    expect(unicodeBar(share)).toBe(bar);
  });

  it.each(NASTY_NAMES)('escapes %j to one table cell with no raw markup', (name) => {
    const escaped = escapeMarkdown(name);
    expect(cellCount(`| ${escaped} |`)).toBe(1);
    expect(escaped).not.toMatch(/(^|[^\\])[<>[\]`*]/);
  });

  it.each([
    ['vi', 'Ngày sinh (dateOfBirth)'],
    ['en', 'Date of birth (dateOfBirth)'],
  ] as const)('in %s, names each field by what it is called, then its id: %s', (lang, cell) => {
    const text = renderMarkdown({ ...sampleSummary(), fields: { dateOfBirth: { filled: 3, rate: 0.75 } }, columns: { ngay_sinh: 'dateOfBirth', ghi_chu: null } }, { lang, ruleTitle, fieldLabel: catalogueFieldLabel });
    expect(text).toContain(`| ${cell} |`);
    expect(text).toContain(`| ngay\\_sinh | ${cell} |`);
  });

  it('leaves no control character in escaped text (a column named with ESC or BEL must not reach the terminal)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (name) => {
        expect(escapeMarkdown(name)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u);
      }),
    );
    expect(escapeMarkdown('so\u001b[31m_cccd\u0007')).toBe('so \\[31m\\_cccd ');
  });

  it('renders any valid summary, every table row with as many cells as its header', () => {
    fc.assert(
      fc.property(summaryWithProvincesArb, fc.constantFrom('vi', 'en' as const), (summary, lang) => {
        const text = renderMarkdown(summary, { lang, ruleTitle });
        let header = -1;
        for (const line of text.split('\n')) {
          if (!line.startsWith('|')) header = -1;
          else if (header < 0) header = cellCount(line);
          else expect(cellCount(line)).toBe(header);
        }
        expect(text).toContain(String(summary.rows));
      }),
      { numRuns: 100 },
    );
  });
});
