import { describe, expect, it } from 'vitest';
import { auditRecords, mergeSummaries, SummaryMergeError, type DatasetSummary } from '../../src';
import { citizenProfile } from '../../rules';

const person = (id: string, name: string) => ({ so_dinh_danh: id, ho_ten: name, ngay_sinh: '15/03/1999', gioi_tinh: 'Nam' });
const part = (first: number, options: Parameters<typeof auditRecords>[1] = {}) =>
  auditRecords(
    [person('001099012345', 'Nguyễn Văn An'), person('001099012345', 'Lê Văn Bình')].map((record, i) => ({ row: first + i, record })),
    { asOf: '2026-11-01', ...options },
  );
const refusal = (a: DatasetSummary, b: DatasetSummary) => {
  try {
    mergeSummaries(a, b);
  } catch (error) {
    return error;
  }
  return null;
};

describe('mergeSummaries refuses parts that would merge into a wrong or leaking summary', () => {
  it('merges parts audited the same way', async () => {
    expect((await mergeSummaries(await part(1), await part(3))).rows).toBe(4);
  });

  it('refuses a masked part with an unmasked one (its IDs would show in a "masked" report), in both orders', async () => {
    const masked = await part(1);
    const raw = await part(3, { mask: false });
    expect(raw.findings?.[0]?.message.vi).toContain('001099012345');
    for (const [a, b] of [[masked, raw], [raw, masked]] as const) {
      const error = refusal(a, b);
      expect(error).toBeInstanceOf(SummaryMergeError);
      expect((error as SummaryMergeError).message).toMatch(/masked summary with an unmasked one/);
      expect((error as SummaryMergeError).vi).toMatch(/đã che dữ liệu cá nhân/);
    }
  });

  it('refuses two profiles that share a name but judge differently', async () => {
    const lenient = { ...citizenProfile, weights: { correct: 1, complete: 0, clean: 0, live: 0 } };
    const error = refusal(await part(1), await part(3, { profile: lenient }));
    expect((error as Error).message).toMatch(/two different profiles both named "citizen"/);
  });

  it('records the profile digest and whether the summary is masked', async () => {
    const summary = await part(1);
    expect(summary.profileDigest).toMatch(/^[0-9a-f]{16}$/);
    expect(summary.masked).toBe(true);
    expect((await part(3, { mask: false })).masked).toBe(false);
  });
});
