import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addReport, emptySummary, evaluate, finalizeSummary, mergeSummaries, summarize, SummaryMergeError, UNKNOWN_GROUP, type RecordReport } from '../../src/core';
import { profile } from './fixtures';

const asOf = { year: 2026, month: 1, day: 1 };
const recordArb = fc.record({ id: fc.string({ maxLength: 3 }), amount: fc.oneof(fc.constant(''), fc.integer({ min: -5, max: 5 }).map(String)), code: fc.constantFrom('', 'a', 'boom') }, { requiredKeys: [] });

function summaryOf(records: { row: number; record: unknown }[]) {
  const s = emptySummary('test', '2026-01-01', profile.fieldNames);
  for (const { row, record } of records) {
    const filled: string[] = [];
    const groups: Record<string, string> = {};
    addReport(s, evaluate(record, profile, { row, asOf, filled, groups }), filled, groups);
  }
  return finalizeSummary(s);
}

const rowsArb = fc.array(recordArb, { maxLength: 40 }).map((records) => records.map((record, i) => ({ row: i + 1, record })));

describe('dataset summary', () => {
  it('counts verdicts, scores, rules with example rows, and fill rates', () => {
    const s = summaryOf([
      { row: 1, record: { amount: '1' } },
      { row: 2, record: { amount: '-1' } },
      { row: 3, record: {} },
      { row: 4, record: { amount: '-2', code: 'x' } },
    ]);
    expect(s.rows).toBe(4);
    expect(s.verdicts).toEqual({ pass: 1, warn: 2, fail: 1 });
    expect(s.rules['test.negative']).toMatchObject({ records: 2, examples: [2, 4], issues: { warning: 2 } });
    expect(s.fields.amount).toEqual({ filled: 3, rate: 0.75 });
    expect(s.score.mean).toBe(0.8375); // (1 + 0.8 + 0.75 + 0.8) / 4, kept exact in 1/10 000 units
    expect(s.score.histogram.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('merges shards into exactly the one-run summary, in any split', () => {
    fc.assert(
      fc.property(rowsArb, fc.nat(), fc.nat(), (rows, a, b) => {
        const cut1 = rows.length === 0 ? 0 : a % (rows.length + 1);
        const cut2 = rows.length === 0 ? 0 : cut1 + (b % (rows.length - cut1 + 1));
        const whole = summaryOf(rows);
        const [x, y, z] = [summaryOf(rows.slice(0, cut1)), summaryOf(rows.slice(cut1, cut2)), summaryOf(rows.slice(cut2))];
        expect(mergeSummaries(mergeSummaries(x, y), z)).toEqual(whole);
        expect(mergeSummaries(x, mergeSummaries(y, z))).toEqual(whole);
      }),
    );
  });

  it('merge is commutative and has the empty summary as identity', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, (r1, r2) => {
        const a = summaryOf(r1);
        const b = summaryOf(r2.map((r) => ({ ...r, row: r.row + r1.length })));
        expect(mergeSummaries(a, b)).toEqual(mergeSummaries(b, a));
        expect(mergeSummaries(a, emptySummary('test', '2026-01-01'))).toEqual(a);
      }),
    );
  });

  it('breaks records down by group: rows, verdicts, exact score sums and records per rule', () => {
    const s = summaryOf([
      { row: 1, record: { amount: '1', code: 'a' } },
      { row: 2, record: { amount: '-1', code: 'a' } },
      { row: 3, record: { amount: '-2', code: 'b' } },
      { row: 4, record: { amount: '5' } },
      { row: 5, record: { amount: '5', code: 'boom' } },
      { row: 6, record: 'not a record' },
    ]);
    const byCode = s.groups!.code!;
    expect(Object.keys(byCode)).toEqual([UNKNOWN_GROUP, 'a', 'b']);
    expect(byCode.a).toMatchObject({ rows: 2, verdicts: { pass: 1, warn: 1, fail: 0 }, rules: { 'test.negative': 1 } });
    expect(byCode.a!.total).toBe(Math.round((1 + 0.8) * 10_000));
    expect(byCode.a!.mean).toBe(0.9);
    expect(byCode.b).toMatchObject({ rows: 1, rules: { 'test.negative': 1 } });
    // No code, a grouping that throws, and a record that is not an object: all unplaced, none lost.
    expect(byCode[UNKNOWN_GROUP]!.rows).toBe(3);
    expect(Object.values(byCode).reduce((n, g) => n + g.rows, 0)).toBe(s.rows);
  });

  it('every record is in exactly one group, and group sums equal the totals', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const s = summaryOf(rows);
        const groups = Object.values(s.groups?.code ?? {});
        expect(groups.reduce((n, g) => n + g.rows, 0)).toBe(s.rows);
        expect(groups.reduce((n, g) => n + g.total, 0)).toBe(s.score.total);
        for (const v of ['pass', 'warn', 'fail'] as const) expect(groups.reduce((n, g) => n + g.verdicts[v], 0)).toBe(s.verdicts[v]);
        for (const [id, r] of Object.entries(s.rules)) expect(groups.reduce((n, g) => n + (g.rules[id] ?? 0), 0)).toBe(r.records);
      }),
    );
  });

  it('merges a summary without a breakdown (an older version) as all unplaced: groups still add up, in any order', () => {
    const strip = (x: ReturnType<typeof summaryOf>) => {
      const { groups: _dropped, ...rest } = x;
      return rest as typeof x;
    };
    fc.assert(
      fc.property(rowsArb, rowsArb, rowsArb, fc.boolean(), fc.boolean(), fc.boolean(), (r1, r2, r3, s1, s2, s3) => {
        const offset = (rows: typeof r1, by: number) => rows.map((r) => ({ ...r, row: r.row + by }));
        const parts = [summaryOf(r1), summaryOf(offset(r2, r1.length)), summaryOf(offset(r3, r1.length + r2.length))].map((x, i) => ([s1, s2, s3][i] ? strip(x) : x));
        const [x, y, z] = parts as [ReturnType<typeof summaryOf>, ReturnType<typeof summaryOf>, ReturnType<typeof summaryOf>];
        const left = mergeSummaries(mergeSummaries(x, y), z);
        expect(mergeSummaries(x, mergeSummaries(y, z))).toEqual(left);
        expect(mergeSummaries(mergeSummaries(z, x), y)).toEqual(left);
        const groups = Object.values(left.groups?.code ?? {});
        if (groups.length === 0) return;
        expect(groups.reduce((n, g) => n + g.rows, 0)).toBe(left.rows);
        expect(groups.reduce((n, g) => n + g.total, 0)).toBe(left.score.total);
        for (const [id, r] of Object.entries(left.rules)) expect(groups.reduce((n, g) => n + (g.rules[id] ?? 0), 0)).toBe(r.records);
        // The stripped shards' records are all in the unplaced group.
        const stripped = parts.filter((_, i) => [s1, s2, s3][i]).reduce((n, p) => n + p.rows, 0);
        expect(left.groups!.code![UNKNOWN_GROUP]?.rows ?? 0).toBeGreaterThanOrEqual(stripped);
      }),
    );
  });

  it('refuses to merge different profiles or asOf', () => {
    expect(() => mergeSummaries(emptySummary('a', '2026-01-01'), emptySummary('b', '2026-01-01'))).toThrow(SummaryMergeError);
    expect(() => mergeSummaries(emptySummary('a', '2026-01-01'), emptySummary('a', '2026-01-02'))).toThrow(/asOf/);
  });

  it('summarize folds reports the same way', () => {
    const reports: { report: RecordReport }[] = [{ report: evaluate({ amount: '1' }, profile, { row: 1, asOf }) }];
    expect(summarize('test', '2026-01-01', reports).verdicts.pass).toBe(1);
  });
});
