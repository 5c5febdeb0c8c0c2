import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addReport,
  datasetFindings,
  emptyDatasetState,
  emptySummary,
  evaluate,
  finalizeSummary,
  mergeSummaries,
  observeAll,
  observeRecord,
  overlappingRows,
  serializeDatasetStates,
  summarize,
  SummaryMergeError,
  UNKNOWN_GROUP,
  type DatasetMergeContext,
  type DatasetSummary,
  type Issue,
  type RecordReport,
} from '../../src/core';
import { profile, sameCode } from './fixtures';

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

/** Rows as a sorted list of [first, last] ranges, adjacent ones joined: what `rowRanges` should say. */
function rangesOf(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else out.push([row, row]);
  }
  return out;
}

/** Each row goes to one of three shards, in any pattern (interleaved too), keeping its number. */
const splitArb = fc.tuple(rowsArb, fc.infiniteStream(fc.nat(2))).map(([rows, picks]) => {
  const shards: (typeof rows)[] = [[], [], []];
  const it = picks[Symbol.iterator]();
  for (const r of rows) shards[it.next().value as number]!.push(r);
  return { rows, shards };
});

describe('rows covered', () => {
  it('a summary records the rows it covers, in any order they come, and merges them into the whole range', () => {
    fc.assert(
      fc.property(splitArb, fc.boolean(), ({ rows, shards }, reverse) => {
        const whole = summaryOf(rows);
        expect(whole.rowRanges).toEqual(rows.length === 0 ? [] : [[1, rows.length]]);
        const [x, y, z] = shards.map((shard) => summaryOf(reverse ? [...shard].reverse() : shard)) as [DatasetSummary, DatasetSummary, DatasetSummary];
        for (const [i, part] of [x, y, z].entries()) expect(part.rowRanges).toEqual(rangesOf(shards[i]!.map((r) => r.row)));
        expect(mergeSummaries(mergeSummaries(x, y), z)).toEqual(whole);
        expect(mergeSummaries(x, mergeSummaries(z, y))).toEqual(whole);
      }),
    );
  });

  it('refuses summaries whose rows overlap (shards numbered each from 1), in any order and grouping', () => {
    fc.assert(
      fc.property(rowsArb.filter((r) => r.length > 0), rowsArb, (r1, r2) => {
        const a = summaryOf(r1);
        const b = summaryOf(r2); // numbered from 1 too: row 1 at least is in both, when b has rows
        const c = summaryOf(r1.map((r) => ({ ...r, row: r.row + r1.length + r2.length })));
        if (r2.length === 0) {
          expect(mergeSummaries(a, b)).toEqual(a);
          return;
        }
        for (const merge of [() => mergeSummaries(a, b), () => mergeSummaries(b, a), () => mergeSummaries(mergeSummaries(a, c), b), () => mergeSummaries(a, mergeSummaries(c, b))]) {
          expect(merge).toThrow(SummaryMergeError);
          expect(merge).toThrow(/both cover rows 1(–\d+)?: .*--first-row/);
        }
      }),
    );
  });

  it('finds where two lists of ranges overlap', () => {
    expect(overlappingRows([[1, 99]], [[1, 112]])).toEqual([1, 99]);
    expect(overlappingRows([[1, 99]], [[100, 211]])).toBeNull();
    expect(overlappingRows([[1, 3], [10, 12]], [[4, 9], [12, 20]])).toEqual([12, 12]);
    expect(overlappingRows([], [[1, 5]])).toBeNull();
  });

  it('a summary without rowRanges (an older one) merges, and the rows covered are then unknown', () => {
    const a = summaryOf([{ row: 1, record: { amount: '1' } }]);
    const b = summaryOf([{ row: 1, record: { amount: '2' } }]);
    delete b.rowRanges;
    const merged = mergeSummaries(a, b);
    expect(merged.rows).toBe(2);
    expect(merged.rowRanges).toBeUndefined();
    // Unknown stays unknown: more reports do not make the list look complete.
    addReport(merged, evaluate({ amount: '3' }, profile, { row: 9, asOf }));
    expect(merged.rowRanges).toBeUndefined();
  });
});

const context: DatasetMergeContext = { checks: [sameCode], options: {}, mask: true };

/**
 * A shard audited the way `auditFile` does a file with `datasetState`: a first pass gathers the state, every row of
 * a finding gets the check's issue, the summary keeps the findings and the state.
 */
function auditedShard(rows: readonly { row: number; record: unknown }[]): DatasetSummary {
  const states = emptyDatasetState([sameCode]);
  for (const { row, record } of rows) observeRecord(record, profile, asOf, (ctx) => observeAll(states, [sameCode], row, ctx));
  const findings = datasetFindings([sameCode], states, {});
  const issues = new Map<number, Issue[]>();
  for (const f of findings) for (const row of f.rows) issues.set(row, [...(issues.get(row) ?? []), { rule: f.rule, dimension: 'clean', severity: f.severity, field: 'code', message: f.message.en, value: null, fix: null }]);
  const s = emptySummary('test', '2026-01-01', profile.fieldNames);
  for (const { row, record } of rows) {
    const filled: string[] = [];
    const groups: Record<string, string> = {};
    addReport(s, evaluate(record, profile, { row, asOf, filled, groups, inputIssues: issues.get(row) }), filled, groups);
  }
  s.findings = findings;
  s.dataset = serializeDatasetStates([sameCode], states, { kind: 'sha256' });
  return finalizeSummary(s);
}

describe('merging dataset state', () => {
  it('finds the findings that span shards, and counts the check\'s rule as one run does, in any split, order and grouping', () => {
    fc.assert(
      fc.property(splitArb, ({ rows, shards }) => {
        const whole = auditedShard(rows);
        const [x, y, z] = shards.map(auditedShard) as [DatasetSummary, DatasetSummary, DatasetSummary];
        const left = mergeSummaries(mergeSummaries(x, y, context), z, context);
        expect(mergeSummaries(x, mergeSummaries(y, z, context), context)).toEqual(left);
        expect(mergeSummaries(mergeSummaries(z, x, context), y, context)).toEqual(left);
        expect(mergeSummaries(emptySummary('test', '2026-01-01'), left, context)).toEqual(left);
        expect(left.findings).toEqual(whole.findings);
        expect(left.dataset).toEqual(whole.dataset);
        expect(left.rules).toEqual(whole.rules);
        expect(left.rowRanges).toEqual(whole.rowRanges);
        expect(left.rows).toBe(whole.rows);
      }),
    );
  });

  it('without the context, lists the shards\' findings together (the spanning ones are not found)', () => {
    const rows = [{ code: 'a' }, { code: 'a' }, { code: 'b' }, { code: 'b' }].map((record, i) => ({ row: i + 1, record }));
    const x = auditedShard(rows.slice(0, 3));
    const y = auditedShard(rows.slice(3));
    expect(mergeSummaries(x, y).findings!.map((f) => f.rows)).toEqual([[1, 2]]);
    expect(mergeSummaries(x, y, context).findings!.map((f) => f.rows)).toEqual([[1, 2], [3, 4]]);
    expect(mergeSummaries(x, y, context).rules['test.same-code']).toEqual({ dimension: 'clean', issues: { error: 0, warning: 4, info: 0 }, records: 4, examples: [1, 2, 3, 4] });
  });
});
