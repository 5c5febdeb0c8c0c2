import { describe, expect, it } from 'vitest';
import { auditRecords } from '../../src/io/auditRecords';
import { defineRule, type RecordReport } from '../../src/core';
import { citizenProfileWith } from '../support/ownRule';

const person = (id: string, name: string, born: string) => ({ so_dinh_danh: id, ho_ten: name, ngay_sinh: born, gioi_tinh: 'Nam' });

describe('auditRecords', () => {
  it('reports every record in order and runs the dataset checks in one pass', async () => {
    const rows = [person('001099012345', 'Nguyễn Văn An', '15/03/1999'), person('001099054321', 'Trần Văn Bình', '01/02/1999'), person('001099012345', 'Lê Văn Cường', '02/02/1999')];
    const reports: RecordReport[] = [];
    const summary = await auditRecords(
      rows.map((record, i) => ({ row: i + 1, record })),
      { asOf: '2026-11-01', onReport: (r) => void reports.push(r) },
    );
    expect(reports.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(summary.rows).toBe(3);
    // One pass: the duplicate is known from its second occurrence on; the summary lists the whole finding.
    const flagged = reports.filter((r) => r.issues.some((i) => i.rule === 'dataset.duplicate-id')).map((r) => r.row);
    expect(flagged).toEqual([3]);
    expect(summary.findings?.map((f) => [f.rule, f.rows])).toEqual([['dataset.duplicate-id', [1, 3]]]);
  });

  it.each(['fr', 'VI', 1])('rejects lang %j before reading anything', async (lang) => {
    await expect(auditRecords([], { lang: lang as never })).rejects.toThrow(/lang must be "vi" or "en"/);
  });

  it.each([
    ['a bare record', [person('001099012345', 'Nguyễn Văn An', '15/03/1999')], /items of the form \{ row, record \}/],
    ['a record without a row', [{ record: person('001099012345', 'Nguyễn Văn An', '15/03/1999') }], /rising whole row numbers from 1; after row 0 came undefined/],
    ['a row given twice', [1, 1].map((row) => ({ row, record: {} })), /after row 1 came 1/],
    ['rows going back', [2, 1].map((row) => ({ row, record: {} })), /after row 2 came 1/],
    ['a row that is not whole', [{ row: 1.5, record: {} }], /came 1.5/],
  ])('stops with a clear error on %s (a mistake in the calling code, not in the data)', async (_, items, message) => {
    await expect(auditRecords(items as never, { asOf: '2026-11-01' })).rejects.toThrow(message);
  });

  it.each([0, '', null, Number.NaN])('stays masked unless mask is exactly false (mask: %j)', async (mask) => {
    const reports: RecordReport[] = [];
    await auditRecords([{ row: 1, record: person('003099012345', 'Nguyễn Văn An', '15/03/1999') }], { asOf: '2026-11-01', mask: mask as never, onReport: (r) => void reports.push(r) });
    expect(JSON.stringify(reports)).not.toContain('003099012345');
  });

  it('takes a compiled profile with a rule of your own', async () => {
    const noTest = defineRule({
      id: 'my.test-name',
      dimension: 'clean',
      severity: 'warning',
      fields: ['fullName'],
      title: { vi: 'Tên thử', en: 'Test name' },
      messages: { default: { vi: () => 'Tên thử nghiệm', en: () => 'A test name' } },
      check: (ctx) => (/test/iu.test(ctx.text('fullName')) ? {} : null),
    });
    const profile = citizenProfileWith(noTest);
    const summary = await auditRecords([{ row: 1, record: person('001099012345', 'Test Văn An', '15/03/1999') }], { asOf: '2026-11-01', profile });
    expect(summary.rules['my.test-name']?.records).toBe(1);
  });
});
