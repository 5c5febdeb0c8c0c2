import { UNKNOWN_GROUP } from './grouping';
import { datasetFindings, datasetIssuesByRow, mergeDatasetStates, restoreDatasetStates, serializeDatasetStates, type DatasetCheck, type DatasetFinding, type DatasetStateJson } from './dataset';
import { SCORE_SCALE, scoreWithMore, type RecordScore } from './score';
import { mergeScoreBases, scoreBaseLookup, sortScoreBases, type ScoreBasesJson } from './scoreBases';
import { DIMENSIONS, VERDICTS, type Dimension, type RecordReport, type Severity, type Verdict } from './types';

/** Number of equal-width score bins: [0, 0.1), [0.1, 0.2) … [0.9, 1.0]. */
export const HISTOGRAM_BINS = 10;
/** How many example rows the summary keeps per rule: the smallest row numbers, so merging stays exact. */
export const EXAMPLES_PER_RULE = 5;

/** A score distribution kept as exact integers: the sum in 1/10 000 units and a fixed-bin histogram. */
export interface ScoreState {
  /** Σ score × 10 000 over records (an integer, so sums merge exactly). */
  total: number;
  histogram: number[];
  /** Derived: total / rows / 10 000, rounded to 4 decimals (0 when there are no rows). */
  mean: number;
}

export interface RuleState {
  dimension: Dimension;
  /** Issues raised, by severity. */
  issues: Record<Severity, number>;
  /** Records with at least one issue from this rule. */
  records: number;
  /** The first rows (smallest numbers) that have an issue from this rule. */
  examples: number[];
}

/**
 * One group of records in a breakdown (e.g. the records living in one province): exact integer sums, so groups
 * merge like the rest of the summary.
 */
export interface GroupState {
  rows: number;
  verdicts: Record<Verdict, number>;
  /** Σ score × 10 000 over the group's records. */
  total: number;
  /** Σ dimension score × 10 000 over the group's records, by dimension. */
  dimensions: Record<Dimension, number>;
  /** Records of the group with at least one issue from the rule, by rule id (id order). */
  rules: Record<string, number>;
  /** Derived: total / rows / 10 000, rounded to 4 decimals. */
  mean: number;
}

/**
 * The dataset summary: a bag of states, each of which merges exactly, so that shards audited separately and
 * merged give the same summary as one run over all of them (`mergeSummaries` is associative and commutative).
 */
export interface DatasetSummary {
  kind: 'ddss.summary';
  version: 1;
  profile: string;
  /**
   * A digest of the profile's content (`profileDigest`): parts audited with profiles that share a name but judge
   * differently do not merge. Absent in a summary written before ddss recorded it.
   */
  profileDigest?: string;
  /** Whether personal data is masked in this summary (its findings): parts masked differently do not merge. */
  masked?: boolean;
  asOf: string;
  rows: number;
  /**
   * The input rows the summary covers, as sorted, disjoint, non-adjacent `[first, last]` ranges (inclusive): one
   * range for a file audited whole. `mergeSummaries` refuses summaries whose rows overlap (shards numbered each from
   * 1), since their example rows and dataset findings would mix different records. Absent in a summary written
   * before ddss recorded it, whose rows are then unknown.
   */
  rowRanges?: [number, number][];
  verdicts: Record<Verdict, number>;
  score: ScoreState;
  dimensions: Record<Dimension, ScoreState>;
  /** By rule id, in id order. */
  rules: Record<string, RuleState>;
  /** Per semantic field: how many records had a non-blank value. */
  fields: Record<string, { filled: number; rate: number }>;
  /** Input columns → the field each mapped to (null: ignored), when the input had named columns. */
  columns?: Record<string, string | null>;
  /**
   * Rows of the input that are not records, by kind, when there were any: a form's title block above the header, the
   * header's second row, a column-number row, a signature block at the end. With them, every row of the file is
   * accounted for: the reader of a report sees that they were left out, not lost.
   */
  leftOut?: LeftOutRows;
  /**
   * Breakdowns by grouping id (e.g. `province`), then by group key (e.g. `Thành phố Hà Nội`; `UNKNOWN_GROUP` for
   * records the grouping could not place), keys in order. Present when the profile's catalogue has groupings.
   */
  groups?: Record<string, Record<string, GroupState>>;
  /** Dataset-level findings (duplicate IDs, shared phones, near-duplicates), masked unless the audit was not. */
  findings?: DatasetFinding[];
  /**
   * The dataset-level state itself, by check id, when the audit was asked for it (a shard to be merged): it lets
   * `mergeSummaries` find duplicates that span shards. Keys are digested when the audit was masked.
   */
  dataset?: Record<string, DatasetStateJson>;
  /**
   * Kept beside `dataset` by a file audit (two passes): what each record scored before its dataset-level issues, so
   * that `mergeSummaries` scores again, as one run would, the records whose dataset issues only a merge can see.
   */
  scoreBases?: ScoreBasesJson;
}

/** Rows of the input that are not records, by kind (see `DatasetSummary.leftOut`). */
export interface LeftOutRows {
  /** Rows above the header: the agency, the national motto, the list's title … */
  titleRows: number;
  /** The header's second row (names under merged cells). */
  headerRows: number;
  /** Column-number rows under the header ("(1), (2), …"). */
  numberingRows: number;
  /** Rows of the signature block that ends a form (place and date, signers). */
  footerRows: number;
}

export const LEFT_OUT_KINDS = ['titleRows', 'headerRows', 'numberingRows', 'footerRows'] as const;

/**
 * What merging needs to combine dataset-level states: the profile's dataset checks and options (thresholds such as
 * `maxIdsPerPhone`), and whether the merged findings and state are masked. `ddss` (the package root) builds it for
 * the built-in profiles itself; `datasetMergeContext(profile)` there builds it for any profile.
 */
export interface DatasetMergeContext {
  checks: readonly DatasetCheck[];
  options: Readonly<Record<string, unknown>>;
  mask: boolean;
}

/** What a summary says about how it was made, beyond the profile's name and `asOf`. */
export interface SummaryIdentity {
  profileDigest?: string;
  masked?: boolean;
}

/** An empty summary for a profile and `asOf` (ISO date), the identity of `mergeSummaries`. */
export function emptySummary(profile: string, asOf: string, fields: readonly string[] = [], identity: SummaryIdentity = {}): DatasetSummary {
  const summary: DatasetSummary = {
    kind: 'ddss.summary',
    version: 1,
    profile,
    ...(identity.profileDigest !== undefined ? { profileDigest: identity.profileDigest } : {}),
    ...(identity.masked !== undefined ? { masked: identity.masked } : {}),
    asOf,
    rows: 0,
    rowRanges: [],
    verdicts: { pass: 0, warn: 0, fail: 0 },
    score: emptyScore(),
    dimensions: { correct: emptyScore(), complete: emptyScore(), clean: emptyScore(), live: emptyScore() },
    // Null-prototype maps: a rule id or field named "constructor" or "__proto__" must stay plain data.
    rules: Object.create(null) as Record<string, RuleState>,
    fields: Object.create(null) as Record<string, { filled: number; rate: number }>,
  };
  for (const f of fields) summary.fields[f] = { filled: 0, rate: 0 };
  return summary;
}

function emptyScore(): ScoreState {
  return { total: 0, histogram: new Array(HISTOGRAM_BINS).fill(0), mean: 0 };
}

function bin(score: number): number {
  return Math.min(HISTOGRAM_BINS - 1, Math.floor((Math.round(score * SCORE_SCALE) * HISTOGRAM_BINS) / SCORE_SCALE));
}

function addScore(state: ScoreState, score: number): void {
  state.total += Math.round(score * SCORE_SCALE);
  state.histogram[bin(score)]! += 1;
}

/**
 * Folds one record report into the summary (mutating it; call `finalizeSummary` before reading derived values).
 * `filledFields` names the semantic fields that were non-blank in the record; `groups` gives, by grouping id, the
 * group the record belongs to (`UNKNOWN_GROUP` when the grouping could not place it).
 */
export function addReport(summary: DatasetSummary, report: RecordReport, filledFields: readonly string[] = [], groups?: Readonly<Record<string, string>>): void {
  summary.rows += 1;
  // Unknown coverage (merged with a summary that did not record it) stays unknown.
  if (summary.rowRanges) addRow(summary.rowRanges, report.row);
  summary.verdicts[report.verdict] += 1;
  addScore(summary.score, report.score);
  for (const d of DIMENSIONS) addScore(summary.dimensions[d], report.dimensions[d]);
  let seen: Set<string> | undefined;
  for (const issue of report.issues) {
    let state = summary.rules[issue.rule];
    if (state === undefined) {
      state = { dimension: issue.dimension, issues: { error: 0, warning: 0, info: 0 }, records: 0, examples: [] };
      summary.rules[issue.rule] = state;
    }
    state.issues[issue.severity] += 1;
    seen ??= new Set();
    if (!seen.has(issue.rule)) {
      seen.add(issue.rule);
      state.records += 1;
      insertExample(state.examples, report.row);
    }
  }
  for (const f of filledFields) {
    const state = (summary.fields[f] ??= { filled: 0, rate: 0 });
    state.filled += 1;
  }
  if (groups) {
    summary.groups ??= Object.create(null) as Record<string, Record<string, GroupState>>;
    for (const id in groups) addToGroup(groupOf(summary.groups, id, groups[id]!), report, seen);
  }
}

function groupOf(groups: Record<string, Record<string, GroupState>>, grouping: string, key: string): GroupState {
  const byKey = (groups[grouping] ??= Object.create(null) as Record<string, GroupState>);
  return (byKey[key] ??= emptyGroup());
}

function emptyGroup(): GroupState {
  return {
    rows: 0,
    verdicts: { pass: 0, warn: 0, fail: 0 },
    total: 0,
    dimensions: { correct: 0, complete: 0, clean: 0, live: 0 },
    rules: Object.create(null) as Record<string, number>,
    mean: 0,
  };
}

function addToGroup(group: GroupState, report: RecordReport, rules: ReadonlySet<string> | undefined): void {
  group.rows += 1;
  group.verdicts[report.verdict] += 1;
  group.total += Math.round(report.score * SCORE_SCALE);
  for (const d of DIMENSIONS) group.dimensions[d] += Math.round(report.dimensions[d] * SCORE_SCALE);
  if (rules) for (const id of rules) group.rules[id] = (group.rules[id] ?? 0) + 1;
}

/** A whole summary as one group: what a summary without a breakdown contributes to one. */
function wholeAsGroup(s: DatasetSummary): GroupState {
  const group = emptyGroup();
  group.rows = s.rows;
  for (const v of VERDICTS) group.verdicts[v] = s.verdicts[v];
  group.total = s.score.total;
  for (const d of DIMENSIONS) group.dimensions[d] = s.dimensions[d].total;
  for (const [id, r] of Object.entries(s.rules)) group.rules[id] = r.records;
  return group;
}

function mergeGroup(into: GroupState, from: GroupState): void {
  into.rows += from.rows;
  for (const v of VERDICTS) into.verdicts[v] += from.verdicts[v];
  into.total += from.total;
  for (const d of DIMENSIONS) into.dimensions[d] += from.dimensions[d];
  for (const [id, n] of Object.entries(from.rules)) into.rules[id] = (into.rules[id] ?? 0) + n;
}

/** Adds a row to sorted, disjoint, non-adjacent ranges, in place: O(1) for rows that come in order. */
function addRow(ranges: [number, number][], row: number): void {
  const last = ranges[ranges.length - 1];
  if (last === undefined || row > last[1] + 1) ranges.push([row, row]);
  else if (row === last[1] + 1) last[1] = row;
  else if (row < last[0]) {
    // Out of order (records handed to auditRecords in any order): rare, so rebuilt rather than searched.
    const merged = unionRanges(ranges, [[row, row]]);
    ranges.length = 0;
    for (const range of merged) ranges.push(range);
  }
}

/** The union of two lists of sorted, disjoint ranges, in the same canonical form (adjacent ranges joined). */
function unionRanges(a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]![0] <= b[j]![0]) ? a[i++]! : b[j++]!;
    const last = out[out.length - 1];
    if (last !== undefined && next[0] <= last[1] + 1) last[1] = Math.max(last[1], next[1]);
    else out.push([next[0], next[1]]);
  }
  return out;
}

/**
 * The first stretch of rows two lists of sorted, disjoint ranges both cover, or null when they share none.
 *
 * @example overlappingRows([[1, 99]], [[1, 112]]) // [1, 99]
 * @example overlappingRows([[1, 99]], [[100, 211]]) // null
 */
export function overlappingRows(a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]): [number, number] | null {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i]![0], b[j]![0]);
    const to = Math.min(a[i]![1], b[j]![1]);
    if (from <= to) return [from, to];
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return null;
}

/** `1–99`, or `7` for a single row. */
export function rowsLabel([first, last]: readonly [number, number]): string {
  return first === last ? String(first) : `${first}–${last}`;
}

function insertExample(examples: number[], row: number): void {
  if (examples.length >= EXAMPLES_PER_RULE && row >= examples[examples.length - 1]!) return;
  let i = examples.length;
  while (i > 0 && examples[i - 1]! > row) i--;
  if (examples[i - 1] === row) return;
  examples.splice(i, 0, row);
  if (examples.length > EXAMPLES_PER_RULE) examples.pop();
}

/** Recomputes the derived values (means, fill rates) and puts rules and fields in a canonical order. */
export function finalizeSummary(summary: DatasetSummary): DatasetSummary {
  const mean = (s: ScoreState) => {
    s.mean = summary.rows === 0 ? 0 : Math.round(s.total / summary.rows) / SCORE_SCALE;
  };
  mean(summary.score);
  for (const d of DIMENSIONS) mean(summary.dimensions[d]);
  summary.rules = sortKeys(summary.rules);
  summary.fields = sortKeys(summary.fields);
  if (summary.columns) summary.columns = sortKeys(summary.columns);
  if (summary.groups) {
    const groups = sortKeys(summary.groups);
    for (const id of Object.keys(groups)) {
      const byKey = sortKeys(groups[id]!);
      for (const g of Object.values(byKey)) {
        g.rules = sortKeys(g.rules);
        g.mean = g.rows === 0 ? 0 : Math.round(g.total / g.rows) / SCORE_SCALE;
      }
      groups[id] = byKey;
    }
    summary.groups = groups;
  }
  // The optional parts in one fixed order, whichever was set first: same input, same bytes, with or without workers.
  if (summary.scoreBases) sortScoreBases(summary.scoreBases);
  for (const k of ['columns', 'leftOut', 'groups', 'findings', 'dataset', 'scoreBases'] as const) {
    const value = summary[k];
    if (value === undefined) continue;
    delete summary[k];
    (summary as Record<typeof k, unknown>)[k] = value;
  }
  for (const f of Object.values(summary.fields)) f.rate = summary.rows === 0 ? 0 : Math.round((f.filled / summary.rows) * SCORE_SCALE) / SCORE_SCALE;
  return summary;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const k of Object.keys(o).sort()) out[k] = o[k]!;
  return out;
}

/** Summaries that cannot be merged: `message` in English, `vi` the same in Vietnamese. */
export class SummaryMergeError extends Error {
  override name = 'SummaryMergeError';
  readonly vi: string | undefined;
  constructor(message: string, vi?: string) {
    super(message);
    this.vi = vi;
  }
}

/**
 * Merges two summaries into a new one, exactly: merge(a, merge(b, c)) equals merge(merge(a, b), c), and
 * merge(a, b) equals merge(b, a). Both must come from the same profile and `asOf`, and cover different rows: audit
 * each shard with its rows numbered as in the whole dataset (`firstRow`, `ddss audit --first-row`).
 *
 * Dataset-level findings that span shards need `dataset` (the profile's checks, see {@link DatasetMergeContext})
 * and summaries that kept their dataset state (`datasetState`, `ddss audit --shard`): the states are merged and
 * the findings, and the counts and example rows of the dataset checks' rules, found again over all rows. Without
 * it, findings of separate shards are listed together. (`mergeSummaries` from the package root supplies `dataset`
 * for the built-in profiles; this one, in `ddss/core`, knows no profile.)
 *
 * @throws SummaryMergeError for different profiles or `asOf`, or rows that overlap.
 */
export function mergeSummaries(a: DatasetSummary, b: DatasetSummary, dataset?: DatasetMergeContext): DatasetSummary {
  if (a.profile !== b.profile) throw new SummaryMergeError(`cannot merge summaries of different profiles (${a.profile}, ${b.profile})`, `không gộp được tóm tắt của hai hồ sơ khác nhau (${a.profile}, ${b.profile})`);
  if (a.asOf !== b.asOf) throw new SummaryMergeError(`cannot merge summaries with different asOf (${a.asOf}, ${b.asOf})`, `không gộp được tóm tắt có ngày đối chiếu khác nhau (${a.asOf}, ${b.asOf})`);
  if (a.profileDigest !== undefined && b.profileDigest !== undefined && a.profileDigest !== b.profileDigest) {
    throw new SummaryMergeError(
      `cannot merge summaries of two different profiles both named "${a.profile}" (their fields, rules, weights or options differ)`,
      `không gộp được tóm tắt của hai hồ sơ khác nhau cùng tên "${a.profile}" (khác trường, quy tắc, trọng số hoặc tùy chọn)`,
    );
  }
  // An unmasked part's findings quote IDs and phones in full: merged with masked parts, they would be in a report
  // that says it is masked.
  if (a.masked !== undefined && b.masked !== undefined && a.masked !== b.masked) {
    throw new SummaryMergeError(
      'cannot merge a masked summary with an unmasked one (audited with --no-mask): audit every part the same way',
      'không gộp được tóm tắt đã che dữ liệu cá nhân với tóm tắt không che (kiểm tra với --no-mask): hãy kiểm tra mọi phần theo cùng một cách',
    );
  }
  // With the state of some parts only, a duplicate across parts would be found or missed depending on the order of
  // merging, and the dataset rules' counts with it.
  if (a.rows > 0 && b.rows > 0 && (a.dataset === undefined) !== (b.dataset === undefined)) {
    throw new SummaryMergeError(
      'cannot merge a summary with dataset state (audited with --shard) and one without: audit every part with --shard, or none',
      'không gộp được tóm tắt có trạng thái dữ liệu (kiểm tra với --shard) với tóm tắt không có: hãy kiểm tra mọi phần với --shard, hoặc không phần nào',
    );
  }
  // An empty summary covers no row, whatever it says; a summary without `rowRanges` (older) covers unknown rows.
  const rangesA = a.rows === 0 ? [] : a.rowRanges;
  const rangesB = b.rows === 0 ? [] : b.rowRanges;
  const shared = rangesA && rangesB ? overlappingRows(rangesA, rangesB) : null;
  if (shared) {
    throw new SummaryMergeError(
      `cannot merge summaries that both cover rows ${rowsLabel(shared)}: number each shard's rows as in the whole dataset (ddss audit --first-row N, or auditFile's firstRow: the row its first record has in the whole)`,
      `không gộp được hai tóm tắt cùng chứa các dòng ${rowsLabel(shared)}: đánh số dòng của mỗi phần như trong toàn bộ dữ liệu (ddss audit --first-row N)`,
    );
  }
  const out = emptySummary(a.profile, a.asOf, [], { profileDigest: a.profileDigest ?? b.profileDigest, masked: a.masked ?? b.masked });
  out.rows = a.rows + b.rows;
  if (rangesA && rangesB) out.rowRanges = unionRanges(rangesA, rangesB);
  else delete out.rowRanges;
  for (const v of ['pass', 'warn', 'fail'] as const) out.verdicts[v] = a.verdicts[v] + b.verdicts[v];
  mergeScore(out.score, a.score, b.score);
  for (const d of DIMENSIONS) mergeScore(out.dimensions[d], a.dimensions[d], b.dimensions[d]);
  const groupingIds = new Set([...Object.keys(a.groups ?? {}), ...Object.keys(b.groups ?? {})]);
  for (const source of [a, b]) {
    for (const [id, r] of Object.entries(source.rules)) {
      const state = (out.rules[id] ??= { dimension: r.dimension, issues: { error: 0, warning: 0, info: 0 }, records: 0, examples: [] });
      state.issues.error += r.issues.error;
      state.issues.warning += r.issues.warning;
      state.issues.info += r.issues.info;
      state.records += r.records;
      for (const row of r.examples) insertExample(state.examples, row);
    }
    for (const [f, s] of Object.entries(source.fields)) {
      const state = (out.fields[f] ??= { filled: 0, rate: 0 });
      state.filled += s.filled;
    }
    // A summary without a breakdown (an older version's, say) counts as all unplaced, so groups still add up to rows.
    for (const id of groupingIds) {
      out.groups ??= Object.create(null) as Record<string, Record<string, GroupState>>;
      const byKey = source.groups?.[id];
      if (byKey) for (const [key, g] of Object.entries(byKey)) mergeGroup(groupOf(out.groups, id, key), g);
      else if (source.rows > 0) mergeGroup(groupOf(out.groups, id, UNKNOWN_GROUP), wholeAsGroup(source));
    }
    if (source.columns) {
      out.columns ??= Object.create(null) as Record<string, string | null>;
      // A mapping beats "ignored"; two different mappings keep the smaller name, so the order of shards never matters.
      for (const [c, f] of Object.entries(source.columns)) {
        const had = out.columns[c];
        if (had == null || (f !== null && f < had)) out.columns[c] = f;
      }
    }
  }
  // Each part left out its own rows (its title block, its footer): the whole left out all of them.
  if (a.leftOut || b.leftOut) {
    const leftOut: LeftOutRows = { titleRows: 0, headerRows: 0, numberingRows: 0, footerRows: 0 };
    for (const k of LEFT_OUT_KINDS) leftOut[k] = (a.leftOut?.[k] ?? 0) + (b.leftOut?.[k] ?? 0);
    out.leftOut = leftOut;
  }
  const bases = unitedScoreBases(a, b);
  if (bases) out.scoreBases = bases;
  // An empty summary (no rows) carries no state and changes nothing: merging with it keeps the other's state.
  const stateA = a.dataset ?? (a.rows === 0 ? {} : undefined);
  const stateB = b.dataset ?? (b.rows === 0 ? {} : undefined);
  if ((a.dataset || b.dataset) && stateA && stateB && dataset) {
    // Both shards carry their state: merge it and find again, so duplicates that span shards are found.
    const merged = mergeDatasetStates(dataset.checks, restoreDatasetStates(dataset.checks, stateA), restoreDatasetStates(dataset.checks, stateB));
    out.dataset = serializeDatasetStates(dataset.checks, merged, dataset.mask ? { kind: 'sha256' } : { kind: 'none' });
    out.findings = datasetFindings(dataset.checks, merged, dataset.options, { mask: dataset.mask });
    // A shard saw only its own rows, so its records missed the findings that span shards: the dataset checks' rules
    // are counted again from the findings, as one run gives every row of a finding the check's issue.
    recountDatasetRules(out, dataset.checks, out.findings);
    // And those records are scored again, from what they scored before their dataset issues (when the parts kept it).
    if (out.scoreBases) rescoreDatasetRows(out, dataset.checks, [...(a.findings ?? []), ...(b.findings ?? [])], out.findings, out.scoreBases);
  } else if (a.findings || b.findings) {
    // Without the states, findings of separate shards are listed together; a duplicate that spans shards needs the
    // states (audit with the dataset state kept) to be seen. Sorted, so the order of shards never matters.
    out.findings = [...(a.findings ?? []), ...(b.findings ?? [])].sort(compareFindings);
  }
  return finalizeSummary(out);
}

/** The dataset checks' rule states as one run over all rows has them: an issue per row of every finding. */
/** Both summaries' score bases, when every part with rows kept them (an empty summary has none to keep). */
function unitedScoreBases(a: DatasetSummary, b: DatasetSummary): ScoreBasesJson | undefined {
  const baseA = a.rows === 0 ? null : a.scoreBases;
  const baseB = b.rows === 0 ? null : b.scoreBases;
  if (baseA === undefined || baseB === undefined || (baseA === null && baseB === null)) return undefined;
  const none = (like: ScoreBasesJson): ScoreBasesJson => ({ weights: like.weights, groupings: [], keys: [], rows: '' });
  return mergeScoreBases(baseA ?? none(baseB!), baseB ?? none(baseA!));
}

/** A dataset issue as it weighs on a record's score: one per finding the record is in, in the checks' order. */
interface DatasetIssueWeight {
  rule: string;
  dimension: Dimension;
  severity: Severity;
}

/** Every record's dataset issues as they weigh on its score, derived as the file audit derives them. */
function datasetIssueWeights(checks: readonly DatasetCheck[], findings: readonly DatasetFinding[]): Map<number, DatasetIssueWeight[]> {
  return datasetIssuesByRow(checks, findings, (finding, check) => ({ rule: finding.rule, dimension: check.dimension, severity: finding.severity }));
}

const NO_DATASET_ISSUES: readonly DatasetIssueWeight[] = Object.freeze([]);

/**
 * Moves each record whose dataset issues differ between what its part saw (`before`: the parts' own findings) and
 * the merged findings (`after`) from its old score, verdict and group counts to the ones it has now.
 */
function rescoreDatasetRows(summary: DatasetSummary, checks: readonly DatasetCheck[], before: readonly DatasetFinding[], after: readonly DatasetFinding[], bases: ScoreBasesJson): void {
  const was = datasetIssueWeights(checks, before);
  const now = datasetIssueWeights(checks, after);
  const rows = new Set([...was.keys(), ...now.keys()]);
  const baseOf = scoreBaseLookup(bases);
  for (const row of rows) {
    const old = was.get(row) ?? NO_DATASET_ISSUES;
    const next = now.get(row) ?? NO_DATASET_ISSUES;
    if (sameIssues(old, next)) continue;
    const entry = baseOf(row);
    if (entry === null) continue;
    const from = scoreWithMore(entry.base, old, bases.weights);
    const to = scoreWithMore(entry.base, next, bases.weights);
    moveRecord(summary, from, to);
    for (const [grouping, key] of Object.entries(entry.groups)) {
      const group = summary.groups?.[grouping]?.[key];
      if (group) moveGroupRecord(group, from, to, old, next);
    }
  }
}

function sameIssues(a: readonly DatasetIssueWeight[], b: readonly DatasetIssueWeight[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.rule !== b[i]!.rule || a[i]!.severity !== b[i]!.severity) return false;
  return true;
}

function moveRecord(summary: DatasetSummary, from: RecordScore, to: RecordScore): void {
  summary.verdicts[from.verdict] -= 1;
  summary.verdicts[to.verdict] += 1;
  removeScore(summary.score, from.score);
  addScore(summary.score, to.score);
  for (const d of DIMENSIONS) {
    removeScore(summary.dimensions[d], from.dimensions[d]);
    addScore(summary.dimensions[d], to.dimensions[d]);
  }
}

function moveGroupRecord(group: GroupState, from: RecordScore, to: RecordScore, old: readonly DatasetIssueWeight[], next: readonly DatasetIssueWeight[]): void {
  group.verdicts[from.verdict] -= 1;
  group.verdicts[to.verdict] += 1;
  group.total += Math.round(to.score * SCORE_SCALE) - Math.round(from.score * SCORE_SCALE);
  for (const d of DIMENSIONS) group.dimensions[d] += Math.round(to.dimensions[d] * SCORE_SCALE) - Math.round(from.dimensions[d] * SCORE_SCALE);
  // A group counts the records with at least one issue of a rule: a dataset check gives a record at most one.
  for (const issue of old) {
    if (next.some((n) => n.rule === issue.rule)) continue;
    const left = (group.rules[issue.rule] ?? 0) - 1;
    if (left > 0) group.rules[issue.rule] = left;
    else delete group.rules[issue.rule];
  }
  for (const issue of next) {
    if (!old.some((o) => o.rule === issue.rule)) group.rules[issue.rule] = (group.rules[issue.rule] ?? 0) + 1;
  }
}

function removeScore(state: ScoreState, score: number): void {
  state.total -= Math.round(score * SCORE_SCALE);
  state.histogram[bin(score)]! -= 1;
}

function recountDatasetRules(summary: DatasetSummary, checks: readonly DatasetCheck[], findings: readonly DatasetFinding[]): void {
  const byId = new Map(checks.map((c) => [c.id, c]));
  for (const id of byId.keys()) delete summary.rules[id];
  const rowsByRule = new Map<string, Set<number>>();
  for (const finding of findings) {
    const check = byId.get(finding.rule);
    if (!check) continue;
    const state = (summary.rules[finding.rule] ??= { dimension: check.dimension, issues: { error: 0, warning: 0, info: 0 }, records: 0, examples: [] });
    state.issues[finding.severity] += finding.rows.length;
    let rows = rowsByRule.get(finding.rule);
    if (!rows) rowsByRule.set(finding.rule, (rows = new Set()));
    for (const row of finding.rows) {
      if (rows.has(row)) continue;
      rows.add(row);
      state.records += 1;
      insertExample(state.examples, row);
    }
  }
}

function compareFindings(x: DatasetFinding, y: DatasetFinding): number {
  if (x.rule !== y.rule) return x.rule < y.rule ? -1 : 1;
  if (x.key !== y.key) return x.key < y.key ? -1 : 1;
  return (x.rows[0] ?? 0) - (y.rows[0] ?? 0);
}

function mergeScore(out: ScoreState, a: ScoreState, b: ScoreState): void {
  out.total = a.total + b.total;
  for (let i = 0; i < HISTOGRAM_BINS; i++) out.histogram[i] = (a.histogram[i] ?? 0) + (b.histogram[i] ?? 0);
}

/** Folds many record reports into one finalized summary. */
export function summarize(
  profile: string,
  asOf: string,
  reports: Iterable<{ report: RecordReport; filled?: readonly string[]; groups?: Readonly<Record<string, string>> }>,
  fields: readonly string[] = [],
): DatasetSummary {
  const summary = emptySummary(profile, asOf, fields);
  for (const { report, filled, groups } of reports) addReport(summary, report, filled, groups);
  return finalizeSummary(summary);
}
