import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditFile, mergeSummaries, type DatasetSummary } from '../../src';
import { renderHtml, renderMarkdown } from '../../src/io/render';
import { datasetSummarySchema } from '../../src/io/summarySchema';
import { SIGNED_LIST, UNSIGNED_LIST } from '../support/footerForms';
import { HOUSEHOLD_FORM } from '../support/titleBlockForms';

// Rows of a form that are not records are left out of the audit; the summary says how many of each kind, so that a
// report read without the command line's standard error still accounts for every row of the file.
const dir = mkdtempSync(join(tmpdir(), 'ddss-left-out-'));
const asOf = '2026-11-01';
let n = 0;
async function summaryOf(text: string, options: { workers?: number; firstRow?: number } = {}): Promise<DatasetSummary> {
  const path = join(dir, `form-${n++}.csv`);
  writeFileSync(path, text);
  return auditFile(path, { asOf, workers: 0, ...options });
}

describe('the summary says which rows of the input were not records', () => {
  it('a title block, a column-number row and a signature block, counted by kind', async () => {
    const signed = await summaryOf(SIGNED_LIST);
    expect(signed.rows).toBe(2);
    expect(signed.leftOut).toEqual({ titleRows: 3, headerRows: 0, numberingRows: 1, footerRows: 6 });
    expect((await summaryOf(UNSIGNED_LIST)).leftOut).toEqual({ titleRows: 3, headerRows: 0, numberingRows: 1, footerRows: 0 });
    // The same with the workers parsing the blocks themselves.
    expect((await summaryOf(SIGNED_LIST, { workers: 2 })).leftOut).toEqual(signed.leftOut);
    expect(datasetSummarySchema.safeParse(JSON.parse(JSON.stringify(signed))).success).toBe(true);
  });

  it('says nothing for a plain export, whose every row is a record', async () => {
    const plain = await summaryOf('so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh\n001099012345,Nguyễn Văn An,15/03/1999,Nam\n');
    expect(plain.leftOut).toBeUndefined();
  });

  it('is in the Markdown and HTML reports, in Vietnamese and English', async () => {
    const signed = await summaryOf(SIGNED_LIST);
    const vi = renderMarkdown(signed, { lang: 'vi' });
    expect(vi).toContain('Không phải bản ghi, không kiểm tra: 3 dòng đầu biểu phía trên dòng tiêu đề, 1 dòng đánh số cột, 6 dòng ký tên ở cuối.');
    const en = renderHtml(signed, { lang: 'en' });
    expect(en).toContain('<p class="left-out">Not records, not audited: 3 title rows above the header, 1 column-number row, 6 signature-block rows at the end.</p>');
    expect(renderMarkdown(await summaryOf(HOUSEHOLD_FORM), { lang: 'en' })).toMatch(/Not records, not audited: \d+ title rows? above the header/u);
  });

  it('parts merge into the sum of what each left out, in any order', () => {
    const count = fc.nat({ max: 50 });
    const leftOut = fc.option(fc.record({ titleRows: count, headerRows: fc.nat({ max: 1 }), numberingRows: fc.nat({ max: 1 }), footerRows: count }), { nil: undefined });
    fc.assert(
      fc.property(leftOut, leftOut, leftOut, (a, b, c) => {
        const part = (row: number, left: DatasetSummary['leftOut']): DatasetSummary => {
          const s = emptyPart(row);
          if (left) s.leftOut = left;
          return s;
        };
        const [x, y, z] = [part(1, a), part(2, b), part(3, c)];
        const merged = mergeSummaries(mergeSummaries(x, y), z);
        expect(mergeSummaries(z, mergeSummaries(y, x))).toEqual(merged);
        const parts = [a, b, c].filter((l) => l !== undefined);
        if (parts.length === 0) expect(merged.leftOut).toBeUndefined();
        else for (const k of ['titleRows', 'headerRows', 'numberingRows', 'footerRows'] as const) expect(merged.leftOut![k]).toBe(parts.reduce((sum, l) => sum + l[k], 0));
      }),
    );
  });
});

/** A one-record part covering row `row`, as an audit of it would sum it up. */
function emptyPart(row: number): DatasetSummary {
  const whole = { total: 10_000, histogram: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1], mean: 1 };
  return {
    kind: 'ddss.summary',
    version: 1,
    profile: 'citizen',
    asOf,
    rows: 1,
    rowRanges: [[row, row]],
    verdicts: { pass: 1, warn: 0, fail: 0 },
    score: { ...whole, histogram: [...whole.histogram] },
    dimensions: { correct: { ...whole, histogram: [...whole.histogram] }, complete: { ...whole, histogram: [...whole.histogram] }, clean: { ...whole, histogram: [...whole.histogram] }, live: { ...whole, histogram: [...whole.histogram] } },
    rules: {},
    fields: {},
  };
}
