import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_TOP_RULES, groupViews, ruleGroupCounts } from '../../../src/io/render/groupView';
import { summaryWithProvincesArb } from './groupsArbitrary';
import { sampleSummaryWithProvinces } from './sampleSummary';

const provinces = () => sampleSummaryWithProvinces().groups!.province!;

describe('groupViews', () => {
  it.each([
    [0, 'Thành phố Hà Nội', 2, 0.975, { pass: 2, warn: 0, fail: 0 }, { correct: 1, complete: 1, clean: 1, live: 1 }, [{ id: 'phone.format', records: 1 }]],
    [1, 'Không xác định', 1, 0.4, { pass: 0, warn: 0, fail: 1 }, { correct: 0, complete: 1, clean: 1, live: 1 }, [{ id: 'id.personal.format', records: 1 }]],
    [2, 'Tỉnh Lào Cai', 1, 0.875, { pass: 0, warn: 1, fail: 0 }, { correct: 1, complete: 1, clean: 1, live: 1 }, [{ id: 'phone.format', records: 1 }, { id: 'phone.legacy', records: 1 }]],
  ])('puts group %d as %s: its rows, mean, verdicts, dimension means and top rules', (index, label, rows, mean, verdicts, dimensions, topRules) => {
    const view = groupViews(provinces(), 'Không xác định')[index]!;
    expect(view).toMatchObject({ label, rows, mean, verdicts, dimensions, topRules });
    expect(view.unknown).toBe(label === 'Không xác định');
  });

  it('keeps at most the top rules, most records first, and counts them all', () => {
    const rules = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`rule.${String(i).padStart(2, '0')}`, i % 5]));
    const [view] = groupViews({ 'Tỉnh Lào Cai': { ...provinces()['Tỉnh Lào Cai']!, rules } }, '?');
    expect(view!.topRules).toHaveLength(GROUP_TOP_RULES);
    expect(view!.topRules[0]).toEqual({ id: 'rule.04', records: 4 });
    expect(view!.ruleCount).toBe(11); // records 0 are no records
  });

  it('derives each mean from the exact sums, rounded as the summary rounds', () => {
    fc.assert(
      fc.property(summaryWithProvincesArb, (summary) => {
        const groups = summary.groups?.province ?? {};
        const views = groupViews(groups, '?');
        expect(views.map((v) => v.key).sort()).toEqual(Object.keys(groups).sort());
        for (let i = 1; i < views.length; i++) expect(views[i - 1]!.rows).toBeGreaterThanOrEqual(views[i]!.rows);
        for (const v of views) expect(v.mean).toBe(groups[v.key]!.mean);
      }),
    );
  });
});

describe('ruleGroupCounts', () => {
  it('lists each rule\'s records by group, most first, the unplaced group by its label', () => {
    const counts = ruleGroupCounts(provinces(), 'Unknown');
    expect(counts.get('phone.format')).toEqual([
      { key: 'Thành phố Hà Nội', label: 'Thành phố Hà Nội', unknown: false, records: 1 },
      { key: 'Tỉnh Lào Cai', label: 'Tỉnh Lào Cai', unknown: false, records: 1 },
    ]);
    expect(counts.get('id.personal.format')).toEqual([{ key: '', label: 'Unknown', unknown: true, records: 1 }]);
    expect(counts.has('phone.missing')).toBe(false);
  });
});
