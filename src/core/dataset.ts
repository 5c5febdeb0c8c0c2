import { createHash } from 'node:crypto';
import type { RowTableJson, DigestMode } from './datasetTable';
import { ruleShapeProblem, type Finding, type MessageTemplate, type RuleContext, type RuleOption } from './rule';
import type { Dimension, LocalizedText, Severity } from './types';

/**
 * A dataset-level check: a finding about several records together (the same ID on two people, a phone shared by
 * many IDs), kept as a state that folds records in one at a time and merges exactly, in the manner of Deequ's
 * analyzers. Like a rule, a plain object in its own file; the engine knows nothing of what it checks.
 *
 * Laws every check keeps (property-tested): the state after observing records depends only on the set of
 * (row, record) pairs, not on their order or on how they were split into shards; `merge` is associative and
 * commutative with `empty()` as identity, compared through `serialize`; `findings` is deterministic.
 */
export interface DatasetCheck<S = unknown> {
  /** Stable id, documented, e.g. `dataset.duplicate-id`. */
  readonly id: string;
  readonly dimension: Dimension;
  readonly severity: Severity;
  readonly title: LocalizedText;
  /** Fields the check reads; the first is where its record issues land by default. */
  readonly fields: readonly string[];
  readonly messages: Readonly<Record<string, { vi: MessageTemplate; en: MessageTemplate }>>;
  /** A new, empty state: the identity of `merge`. */
  empty(): S;
  /** Folds one record in (mutating the state). Reads the record through `ctx`, sharing its parses with the rules. */
  observe(state: S, row: number, ctx: RuleContext): void;
  /** A new state holding both (neither is changed). */
  merge(a: S, b: S): S;
  /** What the state shows about the dataset, in a deterministic order. */
  findings(state: S, options: Readonly<Record<string, unknown>>, view?: DatasetView): DatasetFinding[];
  /**
   * The issues of one record given a state: the final state in a second pass over a file (every record involved
   * gets the issue), or the state so far in one pass over a stream (records get it from the moment the conflict is
   * known: the second occurrence on). Null for none. The record must have been observed into the state.
   */
  issuesFor(state: S, row: number, ctx: RuleContext, options: Readonly<Record<string, unknown>>): Finding[] | null;
  /** The profile options the check reads, checked when the profile compiles (see {@link RuleOption}). */
  readonly options?: Readonly<Record<string, RuleOption>>;
  /** The state as JSON, keys and values digested as `digest` says (see {@link DigestMode}). */
  serialize(state: S, digest: DigestMode): DatasetStateJson;
  /** The state back from its JSON; `salt` is needed to look records up in an HMAC-digested state. */
  restore(json: DatasetStateJson, salt?: string): S;
}

/** How findings are shown: masked (default) or with the values as they are, when the state still has them. */
export interface DatasetView {
  mask?: boolean;
}

/** One dataset-level finding: a group of records that together break a check. */
export interface DatasetFinding {
  rule: string;
  /** The check's severity, or the variant's (a duplicate-record variant may be milder than the check). */
  severity: Severity;
  /**
   * 16 hex digits naming the finding. Masked (the default): a digest of the rule and rows, so a merge of shards gives
   * the key one run gives, and the key tells nothing the rows do not. With `mask: false`: a digest of the value the
   * records share (the same for raw and SHA-256 states), so the same value has the same key in separate summaries.
   */
  key: string;
  /** Every row involved, ascending. */
  rows: number[];
  /** How many records the finding covers (`rows.length`). */
  count: number;
  message: LocalizedText;
}

/** A check's state as it goes into the summary JSON. */
export type DatasetStateJson = RowTableJson;

/** The states of several checks, by check id. */
export type DatasetStates = Record<string, unknown>;

/**
 * Empty states for a list of checks.
 *
 * @example const states = emptyDatasetState(DATASET_CHECKS);
 */
export function emptyDatasetState(checks: readonly DatasetCheck[]): DatasetStates {
  const states: DatasetStates = {};
  for (const check of checks) states[check.id] = check.empty();
  return states;
}

/**
 * Folds one record into every check's state (mutating them).
 *
 * @example observeAll(states, DATASET_CHECKS, report.row, ctx);
 */
export function observeAll(states: DatasetStates, checks: readonly DatasetCheck[], row: number, ctx: RuleContext): void {
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i]!;
    check.observe(states[check.id], row, ctx);
  }
}

/**
 * New states merging two sets of states, check by check (a check missing from one side counts as empty).
 *
 * @example const all = mergeDatasetStates(DATASET_CHECKS, shard1, shard2);
 */
export function mergeDatasetStates(checks: readonly DatasetCheck[], a: DatasetStates, b: DatasetStates): DatasetStates {
  const out: DatasetStates = {};
  for (const check of checks) out[check.id] = check.merge(a[check.id] ?? check.empty(), b[check.id] ?? check.empty());
  return out;
}

/**
 * Every check's findings, checks in the order given.
 *
 * @example datasetFindings(DATASET_CHECKS, states, profile.spec.options) // [{ rule: 'dataset.duplicate-id', rows: [3, 17], … }]
 */
export function datasetFindings(checks: readonly DatasetCheck[], states: DatasetStates, options: Readonly<Record<string, unknown>>, view: DatasetView = {}): DatasetFinding[] {
  const out: DatasetFinding[] = [];
  // One by one: a spread of a check's findings overflowed the stack when a file held some 100,000 duplicate groups.
  for (const check of checks) for (const finding of check.findings(states[check.id] ?? check.empty(), options, view)) out.push(finding);
  if (view.mask !== false) for (const finding of out) finding.key = rowsKey(finding);
  return out;
}

/**
 * A masked finding's key: a digest of its rule and rows, which the summary shows anyway. A digest of the value
 * itself, even SHA-256, gives the value back to anyone who tries the million IDs the masked message leaves open.
 */
function rowsKey(finding: DatasetFinding): string {
  return createHash('sha256').update(`${finding.rule}\n${finding.rows.join(',')}`).digest('hex').slice(0, 16);
}

/**
 * Every record's issues from dataset findings, as a file audit gives them: one per finding the record is in, in the
 * findings' order (the checks' order), each made once per finding by `issue` and shared by the finding's rows. The
 * audit's reports and `mergeSummaries`, which scores records again from these, must derive them alike: one function.
 *
 * @example datasetIssuesByRow(checks, findings, (f, check) => ({ rule: f.rule, dimension: check.dimension, severity: f.severity }))
 */
export function datasetIssuesByRow<T>(checks: readonly DatasetCheck[], findings: readonly DatasetFinding[], issue: (finding: DatasetFinding, check: DatasetCheck) => T): Map<number, T[]> {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const out = new Map<number, T[]>();
  for (const finding of findings) {
    const check = byId.get(finding.rule);
    if (!check) continue;
    const made = issue(finding, check);
    for (const row of finding.rows) {
      const list = out.get(row);
      if (list) list.push(made);
      else out.set(row, [made]);
    }
  }
  return out;
}

/** One record's findings from one dataset check, ready to become issues the way a rule's findings do. */
export interface DatasetRecordFinding {
  check: DatasetCheck;
  finding: Finding;
}

/**
 * Every check's findings for one record, given the states (see `DatasetCheck.issuesFor`).
 *
 * @example for (const { check, finding } of datasetIssuesFor(DATASET_CHECKS, states, row, ctx)) toIssue(check, finding);
 */
export function datasetIssuesFor(checks: readonly DatasetCheck[], states: DatasetStates, row: number, ctx: RuleContext): DatasetRecordFinding[] {
  const out: DatasetRecordFinding[] = [];
  for (const check of checks) {
    const found = check.issuesFor(states[check.id] ?? check.empty(), row, ctx, ctx.options);
    if (found) for (const finding of found) out.push({ check, finding });
  }
  return out;
}

/**
 * The states as JSON for the summary file, by check id in id order. Use `{ kind: 'sha256' }` (or HMAC with a secret
 * salt) whenever the audit is masked: the raw form decodes back to IDs and phone numbers.
 *
 * @example summary.dataset = serializeDatasetStates(DATASET_CHECKS, states, { kind: 'sha256' });
 */
export function serializeDatasetStates(checks: readonly DatasetCheck[], states: DatasetStates, digest: DigestMode): Record<string, DatasetStateJson> {
  const out: Record<string, DatasetStateJson> = {};
  for (const check of [...checks].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) out[check.id] = check.serialize(states[check.id] ?? check.empty(), digest);
  return out;
}

/**
 * States back from `serializeDatasetStates` output; checks absent from the JSON start empty.
 *
 * @example const states = restoreDatasetStates(DATASET_CHECKS, JSON.parse(text).dataset);
 */
export function restoreDatasetStates(checks: readonly DatasetCheck[], json: Readonly<Record<string, DatasetStateJson>>, salt?: string): DatasetStates {
  const out: DatasetStates = {};
  for (const check of checks) {
    const j = json[check.id];
    out[check.id] = j === undefined ? check.empty() : check.restore(j, salt);
  }
  return out;
}

/** Identity function that gives a dataset check its type where it is written. */
export function defineDatasetCheck<S>(check: DatasetCheck<S>): DatasetCheck<S> {
  const problem = ruleShapeProblem(check);
  if (problem !== null) throw new TypeError(problem.replace(/^rule /, 'dataset check '));
  return check;
}
