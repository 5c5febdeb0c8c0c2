import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addScoreBase, emptyScoreBases, mergeScoreBases, scoreBase, scoreIssues, scoreWithMore, type Issue, type ScoreBasesJson } from '../../src/core';
import { readEntries, scoreBaseLookup, sortScoreBases } from '../../src/core/scoreBases';
import { datasetSummarySchema } from '../../src/io/summarySchema';

const WEIGHTS = { correct: 0.4, complete: 0.25, clean: 0.15, live: 0.2 };

const issue = fc.record({
  dimension: fc.constantFrom('correct', 'complete', 'clean', 'live') as fc.Arbitrary<Issue['dimension']>,
  severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<Issue['severity']>,
});
const asIssue = (i: Pick<Issue, 'dimension' | 'severity'>): Issue => ({ rule: 'x', field: 'f', message: '', value: null, fix: null, ...i });

describe('scoreWithMore', () => {
  it('gives, to the bit, what scoreIssues gives over the first issues and the dataset issues after them', () => {
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 8 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }), fc.array(issue, { maxLength: 3 }), (first, weights, more) => {
        const issues = [...first, ...more].map(asIssue);
        const issueWeights = [...first.map((_, i) => weights[i]!), ...more.map(() => 1)];
        const base = scoreBase(issues, issueWeights, first.length);
        expect(scoreWithMore(base, more, WEIGHTS)).toEqual(scoreIssues(issues, issueWeights, WEIGHTS));
      }),
    );
  });
});

/** A table of rows `rows`, each with a verdict, a province and (for some) products. */
function table(rows: readonly number[]): ScoreBasesJson {
  const t = emptyScoreBases(WEIGHTS, ['province']);
  for (const row of rows) {
    const products = row % 3 === 0 ? { correct: 0.5, complete: 1, clean: 0.9, live: 1 } : { correct: 1, complete: 1, clean: 1, live: 1 };
    addScoreBase(t, row, { ...products, verdict: row % 3 === 0 ? 'fail' : 'pass' }, { province: ['Thành phố Hà Nội', 'Tỉnh Đắk Lắk', ''][row % 3]! });
  }
  return sortScoreBases(t);
}

describe('score bases', () => {
  it('keep a record in a few values: [row, verdict, group], and its products only when one is not 1', () => {
    const t = table([1, 3]);
    expect(t.keys).toEqual([['Thành phố Hà Nội', 'Tỉnh Đắk Lắk']]);
    expect(t.rows).toBe('1,p,1;3,f,0,0.5,1,0.9,1');
    expect(readEntries(t)).toEqual([
      [1, 'p', 1],
      [3, 'f', 0, 0.5, 1, 0.9, 1],
    ]);
    expect(scoreBaseLookup(t)(3)).toEqual({ base: { correct: 0.5, complete: 1, clean: 0.9, live: 1, verdict: 'fail' }, groups: { province: 'Thành phố Hà Nội' } });
    expect(scoreBaseLookup(t)(2)).toBeNull();
  });

  it('merge to the table of all the rows, in any grouping and order of merging', () => {
    const rows = fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 40 });
    fc.assert(
      fc.property(rows, fc.nat(), fc.nat(), (all, x, y) => {
        const sorted = [...all].sort((a, b) => a - b);
        const shuffled = [...all];
        const i = x % (shuffled.length + 1);
        const j = y % (shuffled.length + 1);
        const [a, b, c] = [shuffled.slice(0, Math.min(i, j)), shuffled.slice(Math.min(i, j), Math.max(i, j)), shuffled.slice(Math.max(i, j))].map((r) => table([...r].sort((p, q) => p - q)));
        const whole = table(sorted);
        expect(sortScoreBases(mergeScoreBases(mergeScoreBases(a!, b!), c!))).toEqual(whole);
        expect(sortScoreBases(mergeScoreBases(c!, mergeScoreBases(b!, a!)))).toEqual(whole);
      }),
    );
  });

  it('a table filled out of row order is sorted once complete', () => {
    expect(readEntries(table([5, 2, 9])).map((r) => r[0])).toEqual([2, 5, 9]);
  });
});

describe('the summary file schema checks the score bases', () => {
  const summary = (scoreBases: unknown) => ({
    kind: 'ddss.summary',
    version: 1,
    profile: 'citizen',
    asOf: '2026-11-01',
    rows: 2,
    rowRanges: [[1, 2]],
    verdicts: { pass: 1, warn: 0, fail: 1 },
    score: { total: 15000, histogram: [0, 0, 0, 0, 0, 1, 0, 0, 0, 1], mean: 0.75 },
    dimensions: Object.fromEntries(['correct', 'complete', 'clean', 'live'].map((d) => [d, { total: 20000, histogram: [0, 0, 0, 0, 0, 0, 0, 0, 0, 2], mean: 1 }])),
    rules: {},
    fields: {},
    scoreBases,
  });
  const good = { weights: WEIGHTS, groupings: ['province'], keys: [['', 'Tỉnh Đắk Lắk']], rows: '1,p,1;2,f,0,0.5,1,0.9,1' };

  it('accepts a well-formed table', () => {
    expect(datasetSummarySchema.safeParse(summary(good)).success).toBe(true);
  });

  it.each([
    ['an entry missing', { ...good, rows: '1,p,1' }, /one entry per record/],
    ['rows out of order', { ...good, rows: '2,p,1;1,p,1' }, /ascending/],
    ['a row not covered', { ...good, rows: '1,p,1;3,p,1' }, /covered/],
    ['a row that is no whole number', { ...good, rows: '1.5,p,1;2,p,1' }, /whole/],
    ['an unknown verdict', { ...good, rows: '1,x,1;2,p,1' }, /verdict letter/],
    ['a group index past the keys', { ...good, rows: '1,p,2;2,p,1' }, /group index/],
    ['three products', { ...good, rows: '1,p,1,0.5,1,1;2,p,1' }, /values/],
    ['a product over 1', { ...good, rows: '1,p,1,1.5,1,1,1;2,p,1' }, /products/],
    ['an empty product', { ...good, rows: '1,p,1,,1,1,1;2,p,1' }, /products/],
    ['keys for no grouping', { ...good, keys: [] }, /one list of keys per grouping/],
  ])('refuses %s', (_what, bases, message) => {
    const result = datasetSummarySchema.safeParse(summary(bases));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });
});
