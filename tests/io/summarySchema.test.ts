import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptySummary } from '../../src/core';
import { datasetSummarySchema } from '../../src/io/summarySchema';
import { summaryArb } from './summaryArbitrary';
import { sampleSummary } from './render/sampleSummary';

describe('datasetSummarySchema', () => {
  it.each([
    ['an empty summary', emptySummary('citizen', '2026-11-01', ['personalId'])],
    ['a summary with rules, fields and columns', sampleSummary()],
  ])('accepts %s', (_name, summary) => {
    expect(datasetSummarySchema.parse(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
  });

  it.each([
    ['rows below zero', { rows: -1 }],
    ['a fractional count', { verdicts: { pass: 1.5, warn: 1, fail: 1 } }],
    ['a mean above 1', { score: { ...sampleSummary().score, mean: 1.2 } }],
    ['more examples than kept', { rules: { x: { dimension: 'clean', issues: { error: 0, warning: 0, info: 9 }, records: 4, examples: [1, 2, 3, 4, 5, 6] } } }],
    ['a fill count above rows', { fields: { phone: { filled: 5, rate: 1 } } }],
    ['a column mapped to a number', { columns: { sdt: 3 } }],
    ['groups that do not add up to rows', { groups: { province: { 'Tỉnh Lào Cai': { rows: 1, verdicts: { pass: 1, warn: 0, fail: 0 }, total: 10_000, dimensions: { correct: 10_000, complete: 10_000, clean: 10_000, live: 10_000 }, rules: {}, mean: 1 } } } }],
    ['a group named like an Object.prototype member', { groups: { province: { constructor: { rows: 4, verdicts: { pass: 4, warn: 0, fail: 0 }, total: 40_000, dimensions: { correct: 4, complete: 4, clean: 4, live: 4 }, rules: {}, mean: 1 } } } }],
    ['row ranges out of order', { rowRanges: [[3, 4], [1, 1]] }],
    ['row ranges that overlap or touch', { rowRanges: [[1, 2], [3, 4]] }],
    ['a row range that ends before it starts', { rowRanges: [[4, 1]] }],
    ['row ranges covering more rows than the summary has', { rowRanges: [[1, 5]] }],
    ['no row range for rows', { rowRanges: [] }],
    ['row 0', { rowRanges: [[0, 3]] }],
    ['an example row outside the rows covered', { rowRanges: [[5, 8]] }],
  ])('rejects %s', (_name, patch) => {
    expect(datasetSummarySchema.safeParse({ ...sampleSummary(), ...patch }).success).toBe(false);
  });

  it('keeps the rows covered, and accepts a summary written before they were recorded', () => {
    expect(datasetSummarySchema.parse(sampleSummary()).rowRanges).toEqual([[1, 4]]);
    const { rowRanges: _none, ...older } = sampleSummary();
    expect(datasetSummarySchema.parse(older).rowRanges).toBeUndefined();
  });

  it('accepts every summary core folds, after a trip through JSON', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        expect(datasetSummarySchema.parse(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
      }),
      { numRuns: 100 },
    );
  });
});
