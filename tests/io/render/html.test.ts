import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetFinding, DatasetSummary } from '../../../src/core';
import { escapeHtml } from '../../../src/io/render/htmlEscape';
import { createHash } from 'node:crypto';
import { renderHtml } from '../../../src/io/render/html';
import { REPORT_SCRIPT, REPORT_SCRIPT_HASH } from '../../../src/io/render/htmlScript';
import { formatNumber, formatPercent, formatScore } from '../../../src/io/render/numberFormat';
import { ruleTitlesFrom } from '../../../src/io/render/ruleTitles';
import { NASTY_NAMES } from '../summaryArbitrary';
import { summaryWithProvincesArb } from './groupsArbitrary';
import { ruleTitle, sampleSummary, sampleSummaryWithProvinces } from './sampleSummary';

/** The page without its own script, whose source (`a < b` …) would look like markup to the checks below. */
const withoutScript = (html: string) => html.replace(`<script>${REPORT_SCRIPT}</script>`, '');

// Every element the renderer itself writes; anything else in a page came from data.
const OWN_TAGS = ['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'h1', 'h2', 'h3', 'p', 'strong', 'em', 'ul', 'li', 'span', 'section', 'svg', 'g', 'rect', 'text', 'line', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'footer', 'div', 'input', 'output', 'button', 'script'];
const tagsOf = (html: string) => new Set([...withoutScript(html).matchAll(/<\/?([^\s>/]*)/g)].map((m) => m[1]!.toLowerCase()));

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
    expect(html).toContain('<tr class="has-detail" data-rule="phone.format" data-dimension="clean" data-records="2" data-error="0" data-warning="0" data-info="2" data-examples="2 3" data-detail="rules-detail-0">');
    expect(html).toContain('data-field="personalId" data-filled="3" data-rate="0.75"');
  });

  it('is self-contained: one inline script allowed by its hash, no external resource, no inline handler', () => {
    const html = renderHtml(sampleSummaryWithProvinces(), { ruleTitle });
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain(`<script>${REPORT_SCRIPT}</script>`);
    const hash = `'sha256-${createHash('sha256').update(REPORT_SCRIPT).digest('base64')}'`;
    expect(REPORT_SCRIPT_HASH).toBe(hash);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    expect(policy?.split('; ')).toEqual([`default-src 'none'`, `script-src ${hash}`, `style-src 'unsafe-inline'`, `img-src data:`, `base-uri 'none'`, `form-action 'none'`]);
    expect(policy).not.toContain('unsafe-inline\' \'sha');
    const page = withoutScript(html);
    expect(page).not.toMatch(/<link|<img|<iframe|@import|url\(|src=|href=|\son[a-z]+=/i);
    expect(html).not.toMatch(/https?:\/\//);
    // The script is ASCII and holds nothing that would end its element early.
    expect(REPORT_SCRIPT).toMatch(/^[\x20-\x7e\n]*$/);
    expect(REPORT_SCRIPT).not.toMatch(/<\/script|<!--/i);
  });

  it('makes every table sortable and filterable, saying which order the rows are in', () => {
    const html = renderHtml(sampleSummaryWithProvinces({ withFinding: true }));
    for (const table of ['rules', 'provinces', 'fields', 'columns', 'findings']) {
      expect(html).toContain(`<table class="${table}" id="${table}-table">`);
      expect(html).toContain(`<input type="search" class="table-filter" aria-controls="${table}-table" aria-label="Lọc bảng" placeholder="Lọc…" autocomplete="off">`);
    }
    expect(html).toContain('<th class="num" data-sort="num" data-key="records" aria-sort="descending"><button type="button" class="sort">Bản ghi</button></th>');
    expect(html).toContain('<th data-sort="text"><button type="button" class="sort">Mã quy tắc</button></th>');
    expect(html).toContain('<th class="num" data-sort="num" data-key="rows" aria-sort="descending"><button type="button" class="sort">Bản ghi</button></th>');
    expect(html).toContain('<th data-sort="text" aria-sort="ascending"><button type="button" class="sort">Trường</button></th>');
    expect(html).toContain('<th class="num" data-sort="num" data-key="count" aria-sort="descending">');
    // Every numeric sort key names a data- attribute its table's rows carry.
    for (const [, table, body] of html.matchAll(/<table class="([a-z]+)" id="[a-z]+-table">([\s\S]*?)<\/tbody>\n<\/table>/g)) {
      const firstRow = /<tbody>\n(<tr[^>]*>)/.exec(body!)?.[1] ?? '';
      for (const [, key] of body!.matchAll(/data-key="([a-z-]+)"/g)) expect(firstRow, `${table} ${key}`).toContain(` data-${key}="`);
    }
  });

  it.each([
    ['vi', 'Theo tỉnh, thành phố', 'Không xác định', 'Tỉnh, thành phố', '0,975', 'Đạt: 2 (100,0%)', 'Quy tắc vi phạm nhiều nhất'],
    ['en', 'By province', 'Unknown', 'Province', '0.975', 'Pass: 2 (100.0%)', 'Most broken rules'],
  ] as const)('in %s breaks records down by province, with a drill-down per province', (lang, heading, unknown, column, hanoiMean, hanoiVerdict, topRules) => {
    const html = renderHtml(sampleSummaryWithProvinces(), { lang, ruleTitle });
    expect(html).toContain(`<section id="provinces">\n<h2>${heading}</h2>`);
    expect(html).toContain(`<button type="button" class="sort">${column}</button>`);
    // Most records first; the unplaced group keeps its empty key in the data and a label on screen.
    expect(html).toContain(
      `<tr class="has-detail" data-province="Thành phố Hà Nội" data-rows="2" data-mean="0.975" data-pass="2" data-warn="0" data-fail="0" data-detail="provinces-detail-0"><td>Thành phố Hà Nội</td><td class="num">2</td><td class="num">${hanoiMean}</td>`,
    );
    expect(html).toContain(`<tr class="has-detail" data-province="" data-rows="1" data-mean="0.4" data-pass="0" data-warn="0" data-fail="1" data-detail="provinces-detail-1"><td><em>${unknown}</em></td>`);
    expect(html).toContain('data-province="Tỉnh Lào Cai" data-rows="1" data-mean="0.875"');
    const hanoi = /<tr class="detail" id="provinces-detail-0">([\s\S]*?)<\/tr>\n<tr class="has-detail"/.exec(html)?.[1] ?? '';
    expect(hanoi).toContain(hanoiVerdict);
    expect(hanoi).toContain(topRules);
    expect(hanoi).toContain('<code>phone.format</code>');
    // Its mean per dimension: everything 1 in Hà Nội.
    expect(hanoi.match(new RegExp(`<td class="num">${lang === 'vi' ? '1,000' : '1\\.000'}</td>`, 'g'))).toHaveLength(4);
  });

  it('opens a rule onto its example rows and its records by province', () => {
    const html = renderHtml(sampleSummaryWithProvinces(), { ruleTitle });
    const phoneFormat = /<tr class="detail" id="rules-detail-0"><td colspan="8"><div class="detail-body">([\s\S]*?)<\/div><\/td><\/tr>/.exec(html)?.[1] ?? '';
    expect(phoneFormat).toContain('<p><strong>Dòng ví dụ:</strong> 2, 3</p>');
    expect(phoneFormat).toContain('<h3>Bản ghi theo tỉnh, thành phố</h3>');
    expect(phoneFormat).toContain('<tr><td>Thành phố Hà Nội</td><td class="num">1</td><td class="num">50,0%</td></tr><tr><td>Tỉnh Lào Cai</td><td class="num">1</td><td class="num">50,0%</td></tr>');
    const idFormat = /data-rule="id\.personal\.format"[\s\S]*?<tr class="detail"[^>]*>([\s\S]*?)<\/tr>\n/.exec(html)?.[1] ?? '';
    expect(idFormat).toContain('<td><em>Không xác định</em></td><td class="num">1</td><td class="num">100,0%</td>');
  });

  it('has no province section without provinces, and rule drill-downs with examples only', () => {
    const html = renderHtml(sampleSummary());
    expect(html).not.toContain('id="provinces"');
    expect(html).not.toContain('Bản ghi theo tỉnh');
    expect(html).toContain('<tr class="detail" id="rules-detail-0"><td colspan="8"><div class="detail-body"><p><strong>Dòng ví dụ:</strong> 2, 3</p></div></td></tr>');
    expect(renderHtml({ ...sampleSummary(), groups: { province: {} } })).not.toContain('id="provinces"');
  });

  it('escapes hostile strings wherever a string from the summary appears', () => {
    const hostile = (tag: string) => `</style><script>alert("${tag}")</script><b onclick='x'>&amp;`;
    const summary = sampleSummaryWithProvinces({ withFinding: true });
    summary.profile = hostile('profile');
    summary.asOf = hostile('asOf');
    summary.rules[hostile('rule')] = { dimension: 'clean', issues: { error: 0, warning: 1, info: 0 }, records: 1, examples: [1] };
    summary.fields[hostile('field')] = { filled: 1, rate: 0.25 };
    summary.columns![hostile('column')] = hostile('mapped');
    summary.groups!.province![hostile('province')] = { rows: 1, verdicts: { pass: 1, warn: 0, fail: 0 }, total: 10_000, dimensions: { correct: 10_000, complete: 10_000, clean: 10_000, live: 10_000 }, rules: { [hostile('rule')]: 1 }, mean: 1 };
    summary.findings = [{ rule: hostile('finding-rule'), severity: 'error', key: hostile('key'), rows: [1], count: 1, message: { vi: hostile('message'), en: hostile('message') } }];
    const titles = (id: string) => ({ vi: hostile(`title ${id}`), en: hostile(`title ${id}`) });
    for (const lang of ['vi', 'en'] as const) {
      const html = renderHtml(summary, { lang, ruleTitle: titles });
      const page = withoutScript(html);
      // The handler's text may show, escaped; never as an attribute.
      expect(page).not.toMatch(/<script|<b[\s>]|onclick='/);
      expect(page.match(/<\/style>/g)).toHaveLength(1);
      for (const tag of ['profile', 'asOf', 'rule', 'field', 'column', 'mapped', 'province', 'finding-rule', 'message', 'title phone.format']) {
        expect(html, tag).toContain(escapeHtml(hostile(tag)));
      }
      for (const tag of tagsOf(html)) expect(OWN_TAGS).toContain(tag);
    }
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
      fc.property(summaryWithProvincesArb, fc.constantFrom('vi', 'en' as const), (summary, lang) => {
        const html = renderHtml(summary, { lang });
        expect(withoutScript(html)).not.toMatch(/<script/i);
        for (const column of Object.keys(summary.columns ?? {})) expect(html).toContain(`<td>${escapeHtml(column)}</td>`);
        for (const rule of Object.keys(summary.rules)) expect(html).toContain(`data-rule="${escapeHtml(rule)}"`);
        for (const province of Object.keys(summary.groups?.province ?? {})) expect(html).toContain(`data-province="${escapeHtml(province)}"`);
        expect(html).toContain(`<span class="number">${formatNumber(summary.rows, lang)}</span>`);
        // Every '<' in the page (its own script aside) opens or closes one of the renderer's own elements.
        for (const tag of tagsOf(html)) expect(OWN_TAGS).toContain(tag);
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
