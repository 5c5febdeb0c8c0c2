import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  datasetFindings,
  datasetIssuesFor,
  DatasetMergeError,
  digestRowTable,
  emptyDatasetState,
  findingKey,
  groupOf,
  mergeDatasetStates,
  mergeRowTables,
  observeAll,
  restoreRowTable,
  RowTable,
  serializeDatasetStates,
  type RuleContext,
} from '../../src/core';
import { profile, sameCode } from './fixtures';

type Entry = [number, number, number, number, number]; // key hi, key lo, row, value hi, value lo
const entryArb = fc.tuple(fc.nat(3), fc.nat(40), fc.nat(), fc.nat(2), fc.nat(0xffffffff)).map(([hi, lo, _row, vh, vl]) => [hi, lo, 0, vh, vl] as Entry);
const entriesArb = fc.array(entryArb, { maxLength: 60 }).map((es) => es.map((e, i): Entry => [e[0], e[1], i + 1, e[3], e[4]]));
const tableOf = (entries: readonly Entry[]) => {
  const t = new RowTable();
  for (const e of entries) t.add(...e);
  return t;
};
const noLabel = () => undefined;

describe('RowTable', () => {
  it.each([
    ['one row per key', [[0, 1, 1, 7, 8], [0, 2, 2, 7, 8]] as Entry[], 2, null],
    ['two rows under one key become a group, sorted by row', [[0, 1, 5, 1, 1], [0, 1, 2, 2, 2]] as Entry[], 1, { rows: [2, 5], values: [2, 2, 1, 1] }],
    ['keys differing only in the high lane stay apart', [[1, 9, 1, 0, 0], [2, 9, 2, 0, 0]] as Entry[], 2, null],
  ])('%s', (_t, entries, size, group) => {
    const t = tableOf(entries);
    expect(t.size).toBe(size);
    const g = t.group(entries[0]![0], entries[0]![1]);
    expect(g === null ? null : { rows: g.rows, values: g.values }).toEqual(group);
  });

  it('keeps a million keys exactly (growing as it goes)', () => {
    const t = new RowTable();
    for (let i = 1; i <= 200_000; i++) t.add(i % 7, i * 2654435761, i, 0, i);
    t.add(3, 3 * 2654435761, 999_999, 0, 1);
    expect(t.size).toBe(200_000);
    expect(t.group(3, 3 * 2654435761)!.rows).toEqual([3, 999_999]);
  });

  it('its JSON is canonical: the same rows in any order give the same JSON, and it reads back', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const t = tableOf(entries);
        expect(tableOf([...entries].reverse()).toJSON()).toEqual(t.toJSON());
        expect(restoreRowTable(JSON.parse(JSON.stringify(t.toJSON()))).toJSON()).toEqual(t.toJSON());
      }),
    );
  });

  it('merges associatively and commutatively, with the empty table as identity, in any digest mode', () => {
    fc.assert(
      fc.property(entriesArb, fc.nat(), fc.nat(), fc.constantFrom('none', 'sha256'), (entries, a, b, kind) => {
        const cut1 = a % (entries.length + 1);
        const cut2 = cut1 + (b % (entries.length - cut1 + 1));
        const d = (t: RowTable) => digestRowTable(t, { kind } as { kind: 'none' | 'sha256' }, (hi, lo) => `${hi}/${lo % 3}`);
        const [x, y, z] = [entries.slice(0, cut1), entries.slice(cut1, cut2), entries.slice(cut2)].map((e) => d(tableOf(e))) as [RowTable, RowTable, RowTable];
        const whole = d(tableOf(entries)).toJSON();
        const m = (p: RowTable, q: RowTable) => mergeRowTables(p, q, noLabel);
        expect(m(m(x, y), z).toJSON()).toEqual(whole);
        expect(m(x, m(y, z)).toJSON()).toEqual(whole);
        expect(m(y, x).toJSON()).toEqual(m(x, y).toJSON());
        expect(m(x, new RowTable()).toJSON()).toEqual(x.toJSON());
      }),
    );
  });

  it('digests keys and value lanes, keeps 0 as unknown, and finds raw keys in digested tables', () => {
    const raw = tableOf([[0, 1099012345, 1, 0, 19990315], [0, 1099012345, 2, 5, 0]]);
    const sha = digestRowTable(raw, { kind: 'sha256' }, noLabel);
    const text = JSON.stringify(sha.toJSON());
    expect(text).not.toContain('4181d139'); // 1099012345 in hex
    expect(groupOf(sha, 0, 1099012345)!.values.filter((v) => v === 0)).toHaveLength(2);
    expect(findingKey(sha, ...firstKey(sha))).toBe(findingKey(raw, 0, 1099012345));
  });

  it('refuses to merge tables salted differently, but merges raw into SHA-256', () => {
    const raw = tableOf([[0, 1, 1, 0, 0]]);
    const a = digestRowTable(raw, { kind: 'hmac-sha256', salt: 's1' }, noLabel);
    const b = digestRowTable(tableOf([[0, 1, 2, 0, 0]]), { kind: 'hmac-sha256', salt: 's2' }, noLabel);
    expect(() => mergeRowTables(a, b, noLabel)).toThrow(DatasetMergeError);
    expect(() => restoreRowTable(a.toJSON(), 's2')).toThrow(/salt/);
    expect(restoreRowTable(a.toJSON(), 's1').group(...firstKey(a))).toBeNull();
    const sha = digestRowTable(tableOf([[0, 1, 2, 0, 0]]), { kind: 'sha256' }, noLabel);
    const merged = mergeRowTables(raw, sha, noLabel);
    expect(merged.group(...firstKey(merged))?.rows).toEqual([1, 2]);
  });
});

function firstKey(t: RowTable): [number, number] {
  let key: [number, number] | null = null;
  t.forEachRow((hi, lo) => {
    key ??= [hi, lo];
  });
  return key!;
}

describe('dataset helpers', () => {
  const asOf = { year: 2026, month: 1, day: 1 };
  // A minimal context over the fixture profile's fields: the helpers need nothing Vietnamese.
  const contextOf = (record: Record<string, unknown>): RuleContext => {
    const raw = (f: string) => (f === 'code' ? record.code : undefined);
    return { raw, text: (f) => String(raw(f) ?? ''), parsed: () => undefined, present: () => true, filler: () => false, required: () => false, fields: profile.fieldNames, blankFields: [], fillerFields: [], asOf, options: {}, multiColumnFields: [], alternatives: () => [], column: () => undefined, sameValue: () => null };
  };

  it('fold, merge, find and issue through any list of checks', () => {
    const records = [{ code: 'a' }, { code: 'b' }, { code: 'a' }, {}];
    const one = emptyDatasetState([sameCode]);
    const [s1, s2] = [emptyDatasetState([sameCode]), emptyDatasetState([sameCode])];
    records.forEach((r, i) => {
      observeAll(one, [sameCode], i + 1, contextOf(r));
      observeAll(i < 2 ? s1 : s2, [sameCode], i + 1, contextOf(r));
    });
    const merged = mergeDatasetStates([sameCode], s1, s2);
    expect(serializeDatasetStates([sameCode], merged, { kind: 'sha256' })).toEqual(serializeDatasetStates([sameCode], one, { kind: 'sha256' }));
    expect(datasetFindings([sameCode], merged, {})).toMatchObject([{ rule: 'test.same-code', rows: [1, 3], count: 2 }]);
    expect(datasetIssuesFor([sameCode], merged, 3, contextOf(records[2]!))).toMatchObject([{ check: sameCode, finding: { params: { n: 2 } } }]);
    expect(datasetIssuesFor([sameCode], merged, 2, contextOf(records[1]!))).toEqual([]);
    expect(mergeDatasetStates([sameCode], {}, merged)['test.same-code']).toBeInstanceOf(RowTable);
  });
});
