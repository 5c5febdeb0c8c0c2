import { DIMENSIONS, SCORE_SCALE, UNKNOWN_GROUP, VERDICTS, type Dimension, type GroupState, type Verdict } from '../../core';

/** Top rules listed for one group in its drill-down. */
export const GROUP_TOP_RULES = 10;

/** One group of a breakdown (a province) as shown: its figures, derived from the summary's integer sums. */
export interface GroupView {
  /** The summary's group key (`UNKNOWN_GROUP` for records that could not be placed). */
  key: string;
  /** What the report shows: the key, or the "unknown" label. */
  label: string;
  unknown: boolean;
  rows: number;
  /** total / rows / 10 000, rounded to 4 decimals as the summary's own means are. */
  mean: number;
  verdicts: Record<Verdict, number>;
  /** Mean score per dimension, rounded the same way. */
  dimensions: Record<Dimension, number>;
  /** The group's rules, most records first, at most GROUP_TOP_RULES. */
  topRules: { id: string; records: number }[];
  /** How many distinct rules the group has records for. */
  ruleCount: number;
}

/** A rule's records in one group, for the rule's drill-down. */
export interface RuleGroupCount {
  key: string;
  label: string;
  unknown: boolean;
  records: number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Derives the views of one breakdown (e.g. `summary.groups.province`): groups with most records first, then by
 * key; the group the grouping could not place is labelled `unknownLabel`. Means come from the exact sums
 * (`total / rows`), so every renderer shows the same figure the summary would.
 *
 * @example
 * groupViews({ 'Thành phố Hà Nội': hanoi, '': unplaced }, 'Không xác định')[0]
 * // → { key: 'Thành phố Hà Nội', label: 'Thành phố Hà Nội', rows: 120, mean: 0.9125, … }
 */
export function groupViews(groups: Readonly<Record<string, GroupState>>, unknownLabel: string): GroupView[] {
  const views = Object.entries(groups).map(([key, g]): GroupView => {
    const rows = g.rows ?? 0;
    const mean = (sum: number | undefined) => (rows === 0 ? 0 : Math.round((sum ?? 0) / rows) / SCORE_SCALE);
    const dimensions = {} as Record<Dimension, number>;
    for (const d of DIMENSIONS) dimensions[d] = mean(g.dimensions?.[d]);
    const verdicts = {} as Record<Verdict, number>;
    for (const v of VERDICTS) verdicts[v] = g.verdicts?.[v] ?? 0;
    const rules = Object.entries(g.rules ?? {})
      .filter(([, records]) => records > 0)
      .map(([id, records]) => ({ id, records }))
      .sort((a, b) => b.records - a.records || byText(a.id, b.id));
    return {
      key,
      label: key === UNKNOWN_GROUP ? unknownLabel : key,
      unknown: key === UNKNOWN_GROUP,
      rows,
      mean: mean(g.total),
      verdicts,
      dimensions,
      topRules: rules.slice(0, GROUP_TOP_RULES),
      ruleCount: rules.length,
    };
  });
  return views.sort((a, b) => b.rows - a.rows || byText(a.key, b.key));
}

/**
 * Records with an issue from each rule, by group: what a rule's drill-down lists (groups with most records first;
 * groups without any left out).
 *
 * @example
 * ruleGroupCounts({ 'Tỉnh Lào Cai': laoCai, '': unplaced }, 'Không xác định').get('phone.format')
 * // → [{ key: 'Tỉnh Lào Cai', label: 'Tỉnh Lào Cai', unknown: false, records: 4 }, { key: '', label: 'Không xác định', unknown: true, records: 1 }]
 */
export function ruleGroupCounts(groups: Readonly<Record<string, GroupState>>, unknownLabel: string): Map<string, RuleGroupCount[]> {
  const byRule = new Map<string, RuleGroupCount[]>();
  for (const [key, g] of Object.entries(groups)) {
    for (const [rule, records] of Object.entries(g.rules ?? {})) {
      if (!(records > 0)) continue;
      let list = byRule.get(rule);
      if (list === undefined) byRule.set(rule, (list = []));
      list.push({ key, label: key === UNKNOWN_GROUP ? unknownLabel : key, unknown: key === UNKNOWN_GROUP, records });
    }
  }
  for (const list of byRule.values()) list.sort((a, b) => b.records - a.records || byText(a.key, b.key));
  return byRule;
}
