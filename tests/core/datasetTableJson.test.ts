import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetMergeError, RowTable, restoreRowTable, type RowTableJson } from '../../src/core';

type Row = [number, number, number, number, number];
const lane = fc.nat({ max: 0xffffffff });
const rowArb = fc.tuple(lane, lane, fc.integer({ min: 1, max: 0xfffffffe }), lane, lane);
// Few distinct keys, so that groups (one key, several rows) are common.
const rowsArb = fc.uniqueArray(fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 5 }), fc.integer({ min: 1, max: 10_000 }), lane, lane), { selector: (r) => r[2], maxLength: 60 });
const tableOf = (rows: readonly Row[], labels: [string, string][] = []) => {
  const t = new RowTable();
  for (const r of rows) t.add(...r);
  for (const [k, v] of labels) t.labels.set(k, v);
  return t;
};

describe('RowTable JSON', () => {
  it('packs every row in 20 bytes of base64 and reads it back to the same table', () => {
    fc.assert(
      fc.property(fc.oneof(rowsArb, fc.uniqueArray(rowArb, { selector: (r) => r[2], maxLength: 40 })), (rows) => {
        const json = tableOf(rows).toJSON();
        expect(Buffer.from(json.rows!, 'base64')).toHaveLength(rows.length * 20);
        expect(restoreRowTable(json).toJSON()).toEqual(json);
      }),
    );
  });

  it('gives the same JSON whatever order rows were added in', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        expect(tableOf([...rows].reverse()).toJSON()).toEqual(tableOf(rows).toJSON());
      }),
    );
  });

  it('keeps labels, sorted by key', () => {
    const json = tableOf([[1, 2, 3, 0, 0], [0, 9, 4, 0, 0]], [['0000000100000002', '001099******'], ['0000000000000009', '079185******']]).toJSON();
    expect(Object.entries(json.labels!)).toEqual([['0000000000000009', '079185******'], ['0000000100000002', '001099******']]);
    expect(restoreRowTable(json).labels.get('0000000100000002')).toBe('001099******');
  });

  it('still reads the older list form of summaries written before', () => {
    const older: RowTableJson = { digest: 'none', entries: [['0000000100000002', [3, '0000000000000007', 9, '0000000000000008'], '001099******']] };
    const table = restoreRowTable(older);
    expect(table.group(1, 2)?.rows).toEqual([3, 9]);
    expect(table.toJSON()).toEqual(tableOf([[1, 2, 3, 0, 7], [1, 2, 9, 0, 8]], [['0000000100000002', '001099******']]).toJSON());
  });

  it.each([
    ['rows cut short', Buffer.alloc(19).toString('base64'), /cut short/],
    ['a row 0', Buffer.alloc(20).toString('base64'), /row 0/],
  ])('refuses %s', (_, rows, message) => {
    expect(() => restoreRowTable({ digest: 'none', rows })).toThrow(DatasetMergeError);
    expect(() => restoreRowTable({ digest: 'none', rows })).toThrow(message);
  });
});
