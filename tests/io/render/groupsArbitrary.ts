import fc from 'fast-check';
import { DIMENSIONS, SCORE_SCALE, UNKNOWN_GROUP, type DatasetSummary, type GroupState } from '../../../src/core';
import { nameArb, summaryArb } from '../summaryArbitrary';

/** A province group's state with any counts, over the given rule ids (renderers do not check the sums add up). */
const groupArb = (ruleIds: readonly string[]): fc.Arbitrary<GroupState> =>
  fc
    .record({
      pass: fc.nat({ max: 50 }),
      warn: fc.nat({ max: 50 }),
      fail: fc.nat({ max: 50 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      dimensionShares: fc.tuple(...DIMENSIONS.map(() => fc.double({ min: 0, max: 1, noNaN: true }))),
      rules: fc.subarray([...ruleIds]).chain((ids) => fc.tuple(...ids.map((id) => fc.tuple(fc.constant(id), fc.nat({ max: 60 }))))),
    })
    .map(({ pass, warn, fail, share, dimensionShares, rules }) => {
      const rows = pass + warn + fail;
      const total = Math.round(share * rows * SCORE_SCALE);
      const dimensions = Object.fromEntries(DIMENSIONS.map((d, i) => [d, Math.round(dimensionShares[i]! * rows * SCORE_SCALE)])) as GroupState['dimensions'];
      return { rows, verdicts: { pass, warn, fail }, total, dimensions, rules: Object.fromEntries(rules), mean: rows === 0 ? 0 : Math.round(total / rows) / SCORE_SCALE };
    });

/** Any valid summary, sometimes with a province breakdown: hostile province names and the unplaced group included. */
export const summaryWithProvincesArb: fc.Arbitrary<DatasetSummary> = summaryArb.chain((summary) =>
  fc
    .option(fc.uniqueArray(fc.oneof(nameArb, fc.constant(UNKNOWN_GROUP), fc.constantFrom('Thành phố Hà Nội', 'Tỉnh Lào Cai')), { maxLength: 6 }), { nil: undefined })
    .chain((keys) =>
      keys === undefined
        ? fc.constant(summary)
        : fc.tuple(...keys.map(() => groupArb(Object.keys(summary.rules)))).map((groups) => ({ ...summary, groups: { province: Object.fromEntries(keys.map((k, i) => [k, groups[i]!])) } })),
    ),
);
