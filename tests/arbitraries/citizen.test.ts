import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITIZEN_COLUMN_NAMES, citizenRecordArb, DEFECT_KINDS, defectiveCitizenArb, labelledCitizens } from '../../src/arbitraries';
import { validateRecord } from '../../src';
import { CATALOGUE } from '../../rules';

const AS_OF = '2026-11-01';
const check = (row: unknown, asOf = AS_OF) => validateRecord(row, 'citizen', { asOf, mask: false });
// Only suggestions (severity info, such as the E.164 form of a phone) may appear on a valid record.
const problems = (row: unknown, asOf = AS_OF) => check(row, asOf).issues.filter((i) => i.severity !== 'info');

// Some legacy-encoded names are also valid Unicode names (VNI "Hoà" is Unicode "Hoà"), so no detector catches all.
const FLOOR: Record<string, number> = { 'name-legacy': 0.9 };

describe('citizenRecordArb', () => {
  it.each([
    ['vietnamese', AS_OF],
    ['english', AS_OF],
    ['semantic', AS_OF],
    ['vietnamese', '2025-07-15'],
    ['english', '2030-02-28'],
  ] as const)('%s columns, as of %s: records pass with no error or warning', (columns, asOf) => {
    fc.assert(
      fc.property(citizenRecordArb({ asOf, columns }), (row) => {
        expect(Object.keys(row).sort()).toEqual(Object.values(CITIZEN_COLUMN_NAMES[columns]).sort());
        expect(problems(row, asOf)).toEqual([]);
        expect(check(row, asOf).verdict).toBe('pass');
      }),
      { numRuns: 150 },
    );
  });

  it('writes dates only in the formats asked for', () => {
    for (const row of fc.sample(citizenRecordArb({ asOf: AS_OF, dateFormats: ['iso-date'] }), { seed: 9, numRuns: 50 })) {
      expect(row.ngay_sinh).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.ngay_cap_nhat).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('DEFECT_KINDS', () => {
  it('cover the catalogue widely, each naming a rule ddss ships', () => {
    expect(DEFECT_KINDS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(DEFECT_KINDS.map((k) => k.kind)).size).toBe(DEFECT_KINDS.length);
    for (const k of DEFECT_KINDS) {
      expect(CATALOGUE.rules.has(k.rule)).toBe(true);
      expect(k.description.vi.length && k.description.en.length).toBeGreaterThan(0);
    }
  });

  it('refuses an unknown kind', () => {
    expect(() => defectiveCitizenArb('no-such-kind', { asOf: AS_OF })).toThrow(/unknown defect kind/);
  });
});

describe('labelledCitizens', () => {
  const sample = labelledCitizens(300, 100, 42);

  it('is deterministic and sized as asked', () => {
    expect(sample).toHaveLength(300 + 100 * DEFECT_KINDS.length);
    expect(labelledCitizens(5, 2, 42).map((s) => s.row)).toEqual(labelledCitizens(5, 2, 42).map((s) => s.row));
    expect(labelledCitizens(5, 0, 7).map((s) => s.row)).not.toEqual(labelledCitizens(5, 0, 8).map((s) => s.row));
  });

  it('valid records raise no problem', () => {
    const noisy = sample.filter((s) => s.defect === null && problems(s.row).length > 0);
    expect(noisy).toEqual([]);
  });

  it.each(DEFECT_KINDS.map((d) => [d.kind, d] as const))('%s is caught by its rule', (_kind, defect) => {
    const rows = sample.filter((s) => s.defect === defect);
    const caught = rows.filter((s) => check(s.row).issues.some((i) => i.rule === defect.rule)).length;
    expect(caught / rows.length).toBeGreaterThanOrEqual(FLOOR[defect.kind] ?? 0.99);
  });
});

describe('defectiveCitizenArb', () => {
  // A second asOf and the English columns: defects must follow the day they are judged on.
  it.each(DEFECT_KINDS.filter((d) => d.kind !== 'name-legacy').map((d) => [d.kind, d] as const))('%s as of 2031-05-20 is caught', (_kind, defect) => {
    fc.assert(
      fc.property(defectiveCitizenArb(defect, { asOf: '2031-05-20', columns: 'english' }), (row) => {
        expect(check(row, '2031-05-20').issues.map((i) => i.rule)).toContain(defect.rule);
      }),
      { numRuns: 40 },
    );
  });
});
