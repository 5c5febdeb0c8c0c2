import { Readable } from 'node:stream';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../rules';
import { auditFile, auditFileReports, auditRecords, validateRecord } from '../../../src';
import { DIMENSIONS, evaluate, type DatasetSummary, type Issue, type Lang, type RecordReport, type Severity, type Verdict } from '../../../src/core';
import { resolveAsOf } from '../../../src/api/asOf';
import { resolveProfile } from '../../../src/api/profiles';
import { catalogueFieldLabel } from '../../../src/io/catalogueRuleTitles';
import { renderHtml } from '../../../src/io/render/html';
import { escapeHtml } from '../../../src/io/render/htmlEscape';
import { renderMarkdown } from '../../../src/io/render/markdown';
import {
  JUPYTER_DISPLAY,
  displayableReport,
  displayableSummary,
  reportBundle,
  reportHtml,
  reportText,
  summaryBundle,
  summaryText,
  type MimeBundle,
} from '../../../src/io/render/notebook';
import { ruleTitlesFrom } from '../../../src/io/render/ruleTitles';
import { NASTY_NAMES, summaryArb } from '../summaryArbitrary';

const DENO_INSPECT = Symbol.for('Deno.customInspect');
const NODE_INSPECT = Symbol.for('nodejs.util.inspect.custom');
const SYMBOLS = [JUPYTER_DISPLAY, NODE_INSPECT, DENO_INSPECT];
const ruleTitle = ruleTitlesFrom(RULES);
const fieldLabel = catalogueFieldLabel;
const HOSTILE = '<script>alert("x")</script>';

const display = (x: unknown): MimeBundle => (x as Record<symbol, () => MimeBundle>)[JUPYTER_DISPLAY]!();
const unescapeHtml = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
/** The tag names an HTML string opens or closes. */
const tags = (html: string) => new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()));
const RECORD_TAGS = new Set(['table', 'caption', 'strong', 'code', 'thead', 'tbody', 'tr', 'th', 'td']);
const plainCopy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

// A small file with markup in a column name and in values, audited the way a notebook does.
const CSV = [
  `so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,so_dien_thoai,"${HOSTILE.replace(/"/g, '""')}"`,
  '001099012345,Nguyễn Văn An,15/03/1999,Nam,0912345678,x',
  `001099012346,"${HOSTILE.replace(/"/g, '""')}",15/03/1989,Nữ,0168 123 4567,y`,
].join('\n');

const auditCsv = (lang: Lang = 'vi') => auditFile(Readable.from([CSV]), { asOf: '2026-11-01', workers: 0, lang });
const HOSTILE_RECORD = { so_dinh_danh: '001099012346', ho_ten: HOSTILE, ngay_sinh: '15/03/1989', gioi_tinh: 'Nữ', so_dien_thoai: '0168 123 4567' };

describe("auditFile's summary displays itself", () => {
  it.each(['vi', 'en'] as const)('in %s: the full report framed in the HTML, Markdown and text beside it', async (lang) => {
    const summary = await auditCsv(lang);
    const bundle = display(summary);
    const frame = bundle['text/html'].match(/^<iframe class="ddss-report" title="[^"<]*" sandbox="allow-scripts" srcdoc="([^"<]*)" style="[^"<]*"><\/iframe>$/);
    expect(frame).not.toBeNull();
    expect(unescapeHtml(frame![1]!)).toBe(renderHtml(summary, { lang, ruleTitle, fieldLabel }));
    expect(bundle['text/markdown']).toBe(renderMarkdown(summary, { lang, ruleTitle, fieldLabel }));
    expect(bundle['text/plain']).toBe(summaryText(summary, { lang, ruleTitle, fieldLabel }));
  });

  it('keeps the hostile column name out of the markup', async () => {
    const html = display(await auditCsv())['text/html'];
    expect(html).not.toContain('<script');
    expect(tags(html)).toEqual(new Set(['iframe']));
  });

  it('prints a few lines in the report language under console.log and Deno', async () => {
    const summary = await auditCsv();
    const text = inspect(summary);
    expect(text).toBe(summaryText(summary, { ruleTitle }));
    expect((summary as unknown as Record<symbol, () => string>)[DENO_INSPECT]!()).toBe(text);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Báo cáo chất lượng dữ liệu — citizen — 2026-11-01');
    expect(lines[1]).toMatch(/^Số bản ghi: 2 · Điểm trung bình: \d,\d{3}$/);
    expect(lines[2]).toMatch(/^Kết luận: Đạt \d+ \([\d,]+%\) · Cảnh báo \d+ \([\d,]+%\) · Lỗi \d+ \([\d,]+%\)$/);
    expect(lines[3]).toMatch(/^Điểm theo tiêu chí: Đúng [\d,]+ · Đủ [\d,]+ · Sạch [\d,]+ · Sống [\d,]+$/);
    expect(lines[4]).toBe('Quy tắc vi phạm:');
    expect(text).toContain('id.personal.birth-year');
    expect(inspect(await auditCsv('en')).split('\n')[1]).toMatch(/^Records: 2 · Mean score: \d\.\d{3}$/);
  });

  it('is invisible to JSON, keys, spreading and deep equality', async () => {
    const summary = await auditCsv();
    for (const s of SYMBOLS) expect(Object.getOwnPropertyDescriptor(summary, s)?.enumerable).toBe(false);
    expect(Object.keys(summary)).toEqual(Object.keys(plainCopy(summary)));
    expect(summary).toEqual(plainCopy(summary));
    expect(JSON.stringify(summary)).toBe(JSON.stringify(plainCopy(summary)));
    expect(Object.getOwnPropertySymbols({ ...summary })).toEqual([]);
    // Crosses to worker threads and other realms as plain data.
    expect(structuredClone(summary)).toEqual(plainCopy(summary));
  });

  it('the same from auditRecords, whose reports display themselves too', async () => {
    const seen: RecordReport[] = [];
    const summary = await auditRecords([{ row: 1, record: HOSTILE_RECORD }], { asOf: '2026-11-01', onReport: (r) => void seen.push(r) });
    expect(display(summary)['text/plain']).toBe(summaryText(summary, { ruleTitle }));
    expect(display(seen[0])['text/plain']).toBe(reportText(seen[0]!, 'vi'));
  });

  it('auditFileReports yields reports that display themselves', async () => {
    const reports: RecordReport[] = [];
    for await (const report of auditFileReports(Readable.from([CSV]), { asOf: '2026-11-01', workers: 0, lang: 'en' })) reports.push(report);
    expect(reports.map((r) => display(r)['text/plain'].split('\n')[0])).toEqual([expect.stringMatching(/^Row 1 · /), expect.stringMatching(/^Row 2 · Fail · Score /)]);
  });
});

describe("validateRecord's report displays itself", () => {
  const profile = resolveProfile('citizen');
  const asOf = '2026-11-01';
  const report = validateRecord(HOSTILE_RECORD, 'citizen', { asOf, mask: false });

  it('as a compact table with every string escaped', () => {
    const bundle = display(report);
    expect(bundle['text/html']).toBe(reportHtml(report, 'vi'));
    expect(bundle['text/html']).not.toContain('<script');
    expect(bundle['text/html']).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(tags(bundle['text/html'])).toEqual(new Set([...RECORD_TAGS]));
    expect(bundle['text/html']).toContain('<th style="text-align:left;padding:2px 8px;border-bottom:1px solid #d0d7de;vertical-align:top">Đề xuất sửa</th>');
    expect(bundle['text/html']).toContain('data-rule="id.personal.birth-year"');
  });

  it('as text: one line for the record, one per issue', () => {
    const text = inspect(report);
    expect(text).toBe(reportText(report, 'vi'));
    expect((report as unknown as Record<symbol, () => string>)[DENO_INSPECT]!()).toBe(text);
    const lines = text.split('\n');
    expect(lines).toHaveLength(1 + report.issues.length);
    expect(lines[0]).toMatch(/^Dòng 1 · Lỗi · Điểm \d,\d{3}$/);
    expect(lines.find((l) => l.includes('id.personal.birth-year'))).toMatch(/^ {2}\[Lỗi\] id\.personal\.birth-year · personalId: 001099012346 — /);
    expect(inspect(validateRecord(HOSTILE_RECORD, 'citizen', { asOf, lang: 'en' })).split('\n')[0]).toMatch(/^Row 1 · Fail · Score \d\.\d{3}$/);
  });

  it('masks in the display what the report masks', () => {
    const masked = validateRecord(HOSTILE_RECORD, 'citizen', { asOf });
    expect(display(masked)['text/html']).not.toContain('001099012346');
    expect(inspect(masked)).not.toContain('001099012346');
  });

  it('has the same own properties, in the same order, as a plain report', () => {
    const plain = evaluate(HOSTILE_RECORD, profile, { row: 1, asOf: resolveAsOf(asOf), lang: 'vi', mask: false });
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(Object.keys(report)).toEqual(Object.keys(plain));
    expect(JSON.stringify(report)).toBe(JSON.stringify(plain));
    expect(report).toEqual(plain);
    expect(report).toStrictEqual(plain);
    expect({ ...report }).toEqual(plain);
    expect(structuredClone(report)).toStrictEqual(plain);
    for (const s of SYMBOLS) expect(s in report && !Object.prototype.propertyIsEnumerable.call(report, s)).toBe(true);
  });
});

// Reports with any strings a hostile file or rule could put in them.
const hostile = fc.oneof(fc.constantFrom(...NASTY_NAMES, HOSTILE, '\u001b[31mred\u001b[0m', 'a\r\nb\u2028c'), fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 6 }));
const score = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
const issueArb: fc.Arbitrary<Issue> = fc.record({
  rule: hostile,
  dimension: fc.constantFrom(...DIMENSIONS),
  severity: fc.constantFrom<Severity>('error', 'warning', 'info'),
  field: hostile,
  message: hostile,
  value: fc.option(hostile, { nil: null }),
  fix: fc.option(hostile, { nil: null }),
});
const reportArb: fc.Arbitrary<RecordReport> = fc
  .record({
    row: fc.integer({ min: 1, max: 10_000_000 }),
    key: fc.option(hostile, { nil: undefined }),
    score,
    verdict: fc.constantFrom<Verdict>('pass', 'warn', 'fail'),
    dims: fc.tuple(score, score, score, score),
    issues: fc.array(issueArb, { maxLength: 5 }),
  })
  .map(({ row, key, score, verdict, dims, issues }) => ({
    row,
    ...(key === undefined ? {} : { key }),
    score,
    verdict,
    dimensions: { correct: dims[0], complete: dims[1], clean: dims[2], live: dims[3] },
    issues,
    fixed: {},
  }));

describe('properties', () => {
  it('a report displays as escaped markup and one text line per issue, and its JSON does not change', () => {
    fc.assert(
      fc.property(reportArb, fc.constantFrom<Lang>('vi', 'en'), (report, lang) => {
        const json = JSON.stringify(report);
        const shown = displayableReport(report, lang);
        expect(JSON.stringify(shown)).toBe(json);
        const bundle = display(shown);
        expect(bundle).toEqual(reportBundle(report, lang));
        expect([...tags(bundle['text/html'])].every((t) => RECORD_TAGS.has(t))).toBe(true);
        for (const issue of report.issues) expect(bundle['text/html']).toContain(`<td style="text-align:left;padding:2px 8px;border-bottom:1px solid #d0d7de;vertical-align:top">${escapeHtml(issue.message)}</td>`);
        const lines = bundle['text/plain'].split('\n');
        expect(lines).toHaveLength(1 + report.issues.length);
        expect(bundle['text/plain']).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
        expect(inspect(shown)).toBe(bundle['text/plain']);
      }),
      { numRuns: 200 },
    );
  });

  it('a summary displays as one sandboxed frame whose document is exactly the HTML report', () => {
    fc.assert(
      fc.property(summaryArb, fc.constantFrom<Lang>('vi', 'en'), (summary: DatasetSummary, lang) => {
        const json = JSON.stringify(summary);
        const shown = displayableSummary(summary, { lang });
        expect(JSON.stringify(shown)).toBe(json);
        const html = display(shown)['text/html'];
        expect(tags(html)).toEqual(new Set(['iframe']));
        expect(unescapeHtml(html.match(/ srcdoc="([^"]*)"/)![1]!)).toBe(renderHtml(summary, { lang }));
        expect(summaryBundle(summary, { lang })['text/plain']).toBe(inspect(shown));
        expect(inspect(shown)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      }),
      { numRuns: 60 },
    );
  });
});
