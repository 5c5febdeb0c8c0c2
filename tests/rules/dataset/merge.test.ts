import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetFindings, emptyDatasetState, mergeDatasetStates, restoreDatasetStates, serializeDatasetStates, type DatasetStates, type DigestMode } from '../../../src/core';
import { DATASET_CHECKS } from '../../../rules';
import { citizen, observeRows, type Row } from './support';

// Small pools, so that IDs, phones and name + birth date pairs collide often.
const recordArb = fc
  .tuple(
    fc.constantFrom('001099012345', '031185000123', '079203001234', '1099012345', '', '000000000000'),
    fc.constantFrom('Nguyễn Văn An', 'NGUYEN VAN AN', 'Lê Thị Bình', ''),
    fc.constantFrom('15/03/1999', '01/02/1985', '1999', ''),
    fc.constantFrom('0912345678', '+84 912 345 678', '024 3825 1234', ''),
  )
  .map(([id, name, dob, phone]) => citizen(id, name, dob, phone));
const rowsArb = fc.array(recordArb, { maxLength: 30 }).map((records): Row[] => records.map((record, i) => ({ row: i + 1, record })));

const SHA: DigestMode = { kind: 'sha256' };
const NONE: DigestMode = { kind: 'none' };
const json = (s: DatasetStates, d: DigestMode = NONE) => serializeDatasetStates(DATASET_CHECKS, s, d);
const merge = (a: DatasetStates, b: DatasetStates) => mergeDatasetStates(DATASET_CHECKS, a, b);
const findings = (s: DatasetStates) => datasetFindings(DATASET_CHECKS, s, { maxIdsPerPhone: 1 });

function split(rows: Row[], a: number, b: number): [Row[], Row[], Row[]] {
  const cut1 = a % (rows.length + 1);
  const cut2 = cut1 + (b % (rows.length - cut1 + 1));
  return [rows.slice(0, cut1), rows.slice(cut1, cut2), rows.slice(cut2)];
}

describe('dataset states merge exactly', () => {
  it('any split into shards merges to the one-run state and findings', () => {
    fc.assert(
      fc.property(rowsArb, fc.nat(), fc.nat(), (rows, a, b) => {
        const whole = observeRows(rows);
        const [x, y, z] = split(rows, a, b).map((r) => observeRows(r)) as [DatasetStates, DatasetStates, DatasetStates];
        const left = merge(merge(x, y), z);
        const right = merge(x, merge(y, z));
        expect(json(left)).toEqual(json(whole));
        expect(json(right)).toEqual(json(whole));
        expect(findings(left)).toEqual(findings(whole));
      }),
      { numRuns: 60 },
    );
  });

  it('the order records arrive in does not matter', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        expect(json(observeRows([...rows].reverse()))).toEqual(json(observeRows(rows)));
      }),
      { numRuns: 40 },
    );
  });

  it('merge is commutative and the empty state is its identity', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, (r1, r2) => {
        const a = observeRows(r1);
        const b = observeRows(r2.map((r) => ({ ...r, row: r.row + r1.length })));
        expect(json(merge(a, b))).toEqual(json(merge(b, a)));
        expect(json(merge(a, emptyDatasetState(DATASET_CHECKS)))).toEqual(json(a));
        expect(json(merge(emptyDatasetState(DATASET_CHECKS), a))).toEqual(json(a));
      }),
      { numRuns: 40 },
    );
  });

  it('shards written digested to the summary and read back merge to the digested one-run state, with the same findings', () => {
    fc.assert(
      fc.property(rowsArb, fc.nat(), fc.nat(), (rows, a, b) => {
        const whole = observeRows(rows);
        const shards = split(rows, a, b).map((r) => restoreDatasetStates(DATASET_CHECKS, JSON.parse(JSON.stringify(json(observeRows(r), SHA)))));
        const merged = shards.reduce(merge);
        expect(json(merged, SHA)).toEqual(json(whole, SHA));
        expect(findings(merged)).toEqual(findings(whole));
        // A raw shard merges with digested ones: it is digested first.
        const mixed = merge(shards[0]!, observeRows(split(rows, a, b)[1]!));
        expect(json(merge(mixed, shards[2]!), SHA)).toEqual(json(whole, SHA));
      }),
      { numRuns: 40 },
    );
  });

  it('a digested summary holds no ID, phone or birth date', () => {
    const rows = [citizen('001099012345', 'Nguyễn Văn An', '15/03/1999', '0912345678'), citizen('001099012345', 'Lê Thị Bình', '01/02/1985', '0912345678')];
    const text = JSON.stringify(json(observeRows(rows.map((record, i) => ({ row: i + 1, record }))), SHA));
    for (const raw of ['1099012345', '912345678', '19990315']) expect(text).not.toContain(raw);
    expect(text).toContain('001099******'); // the masked label findings show
  });
});
