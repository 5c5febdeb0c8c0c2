import { describe, expect, it } from 'vitest';
import { datasetFindings, type DatasetCheck, type DatasetFinding } from '../../src/core';

// A check that reports one finding per group of two rows, for as many groups as asked: a merged --shard summary of
// two copies of a 200,000-row file had that many duplicate groups per check.
const manyGroups = (groups: number): DatasetCheck<null> =>
  ({
    id: 'test.many',
    findings: (): DatasetFinding[] =>
      Array.from({ length: groups }, (_, i) => ({ rule: 'test.many', severity: 'warning', key: '', rows: [2 * i + 1, 2 * i + 2], count: 2, message: { vi: 'nhóm', en: 'group' } })),
    empty: () => null,
  }) as unknown as DatasetCheck<null>;

describe('datasetFindings', () => {
  it('lists 300,000 findings of one check (a spread of them once overflowed the stack)', () => {
    const found = datasetFindings([manyGroups(300_000)], {}, {}, { mask: true });
    expect(found).toHaveLength(300_000);
    expect(found[299_999]!.rows).toEqual([599_999, 600_000]);
    expect(new Set(found.slice(0, 1000).map((f) => f.key)).size).toBe(1000);
  });
});
