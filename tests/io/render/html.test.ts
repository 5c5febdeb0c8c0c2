import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetFinding, DatasetSummary } from '../../../src/core';
import { escapeHtml } from '../../../src/io/render/htmlEscape';
import { renderHtml } from '../../../src/io/render/html';
import { formatNumber, formatPercent, formatScore } from '../../../src/io/render/numberFormat';
import { ruleTitlesFrom } from '../../../src/io/render/ruleTitles';
import { NASTY_NAMES, summaryArb } from '../summaryArbitrary';
import { ruleTitle, sampleSummary } from './sampleSummary';

describe('renderHtml', () => {
  it.each([
    ['vi', ['<html lang="vi">', '<h1>Báo cáo chất lượng dữ liệu</h1>', '<span class="number">0,806</span>Điểm trung bình', '<span class="number">2</span>Đạt · 50,0%', 'Cảnh báo: 1 (25,0%)', '>Đúng</text>', '>0,750</text>', '>0,4–0,5</text>', 'Số định danh sai định dạng', '<td class="num">75,0%</td>', '(bỏ qua)']],
    ['en', ['<html lang="en">', '<h1>Data quality report</h1>', '<span class="number">0.806</span>Mean score', '<span class="number">2</span>Pass · 50.0%', 'Warn: 1 (25.0%)', '>Correct</text>', '>0.750</text>', '>0.4–0.5</text>', 'Malformed personal ID number', '<td class="num">75.0%</td>', '(ignored)']],
  ] as const)('in %s shows the figures', (lang, expected) => {
    const html = renderHtml(sampleSummary(), { lang, ruleTitle });
    for (const piece of expected) expect(html).toContain(piece);
  });

  it('draws charts as inline SVG carrying their numbers in data- attributes', () => {
    const html = renderHtml(sampleSummary());
    expect(html.match(/<svg class="chart /g)).toHaveLength(3);
    expect(html).toContain('data-dimension="correct" data-mean="0.75"');
    expect(html).toContain('data-from="0.9" data-to="1" data-count="2"');
    expect(html).toContain('data-verdict="fail" data-count="1"');
    expect(html).toContain('<tr data-rule="phone.format" data-dimension="clean" data-records="2" data-error="0" data-warning="0" data-info="2" data-examples="2 3">');
    expect(html).toContain('data-field="personalId" data-filled="3" data-rate="0.75"');
  });

  it('is self-contained: no script, no external resource, a policy that forbids both', () => {
    const html = renderHtml(sampleSummary(), { ruleTitle });
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('escapes column names', () => {
    const html = renderHtml(sampleSummary());
    expect(html).toContain('<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td>');
    expect(html).toContain('data-column="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"');
  });

  it('says so when there are no issues, and renders findings only when present', () => {
    const summary = { ...sampleSummary(), rules: {} };
    expect(renderHtml(summary)).toContain('<p class="none">Không có vấn đề nào.</p>');
    expect(renderHtml(summary)).not.toContain('id="findings"');
    const finding: DatasetFinding = { rule: 'dataset.shared-phone', severity: 'warning', key: 'fedcba9876543210', rows: [7, 8, 12], count: 3, message: { vi: 'Một số điện thoại cho nhiều người', en: 'One phone for many people' } };
    const html = renderHtml({ ...summary, findings: [finding] } as DatasetSummary);
    expect(html).toContain('<tr data-rule="dataset.shared-phone" data-severity="warning" data-count="3" data-rows="7 8 12"><td><code>dataset.shared-phone</code></td><td>Một số điện thoại cho nhiều người</td><td>Cảnh báo</td><td class="num">3</td><td>7, 8, 12</td></tr>');
    // A finding shape not known yet still renders, loosely.
    expect(renderHtml({ ...summary, findings: { 'x.future': { groups: 4 } } } as unknown as DatasetSummary)).toContain('<td>x.future</td><td></td><td class="num">4</td>');
  });

  it('gives the same page for the same summary', () => {
    expect(renderHtml(sampleSummary(), { ruleTitle })).toBe(renderHtml(sampleSummary(), { ruleTitle }));
  });

  it('renders any valid summary with every name escaped and no markup injected', () => {
    fc.assert(
      fc.property(summaryArb, fc.constantFrom('vi', 'en' as const), (summary, lang) => {
        const html = renderHtml(summary, { lang });
        expect(html).not.toMatch(/<script/i);
        for (const column of Object.keys(summary.columns ?? {})) expect(html).toContain(`<td>${escapeHtml(column)}</td>`);
        for (const rule of Object.keys(summary.rules)) expect(html).toContain(`data-rule="${escapeHtml(rule)}"`);
        // Every tag opened by the page is one of the renderer's own.
        const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
        for (const tag of tags) expect(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'h1', 'h2', 'p', 'strong', 'ul', 'li', 'span', 'section', 'svg', 'g', 'rect', 'text', 'line', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'footer']).toContain(tag);
      }),
      { numRuns: 100 },
    );
  });
});

describe('escapeHtml', () => {
  it.each(NASTY_NAMES)('leaves no markup character in %j', (name) => {
    expect(escapeHtml(name)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
  });
});

describe('number formatting', () => {
  it.each([
    [1234567.891, 'vi', 2, '1.234.567,89'],
    [1234567.891, 'en', 2, '1,234,567.89'],
    [999, 'vi', 0, '999'],
    [1000, 'vi', 0, '1.000'],
    [0.05, 'vi', 1, '0,1'],
    [-1234.5, 'en', 1, '-1,234.5'],
    [-0.0001, 'en', 1, '0.0'],
    [Number.NaN, 'vi', 0, '–'],
  ] as const)('%d in %s with %d decimals → %s', (value, lang, decimals, text) => {
    expect(formatNumber(value, lang, decimals)).toBe(text);
  });

  it('formats shares and scores', () => {
    expect(formatPercent(1, 3, 'vi')).toBe('33,3%');
    expect(formatPercent(0, 0, 'en')).toBe('0.0%');
    expect(formatScore(0.8375, 'vi')).toBe('0,838');
  });

  it('groups every integer so that removing separators gives it back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('vi', 'en' as const), (n, lang) => {
        const text = formatNumber(n, lang);
        expect(Number(text.replaceAll(lang === 'vi' ? '.' : ',', ''))).toBe(n);
        expect(text).toMatch(lang === 'vi' ? /^-?\d{1,3}(\.\d{3})*$/ : /^-?\d{1,3}(,\d{3})*$/);
      }),
    );
  });
});

describe('ruleTitlesFrom', () => {
  it('looks titles up by id and knows nothing else', () => {
    const lookup = ruleTitlesFrom([{ id: 'phone.format', title: { vi: 'Số điện thoại chưa chuẩn', en: 'Phone not canonical' } }]);
    expect(lookup('phone.format')?.en).toBe('Phone not canonical');
    expect(lookup('input.ragged-row')).toBeUndefined();
  });
});
