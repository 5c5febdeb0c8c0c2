import { describe, expect, it } from 'vitest';
import { auditRecords } from '../../src/io/auditRecords';
import type { RecordReport } from '../../src/core';

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
});
