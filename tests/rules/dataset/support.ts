import { datasetIssuesFor, emptyDatasetState, evaluate, observeAll, type DatasetCheck, type DatasetStates, type Finding, type RuleContext } from '../../../src/core';
import { DATASET_CHECKS } from '../../../rules';
import { citizenProfileWith } from '../../support/ownRule';
import { contextProbe } from '../../core/fixtures';

// The engine's own record context, caught by a rule that runs last: the checks read records exactly as they will
// once the lead wires them into evaluate (parses shared with the rules).
let onContext: ((ctx: RuleContext) => void) | undefined;
const probe = contextProbe('test.dataset-probe', (ctx) => onContext?.(ctx));

export function citizenWith(options: Record<string, unknown> = {}) {
  return citizenProfileWith(probe, options);
}

const defaultProfile = citizenWith();
const asOf = { year: 2026, month: 1, day: 1 };

/** Runs `fn` with the engine's context for one record. */
export function withContext<T>(record: Record<string, unknown>, fn: (ctx: RuleContext) => T, profile = defaultProfile): T {
  let out: T | undefined;
  onContext = (ctx) => {
    out = fn(ctx);
  };
  try {
    evaluate(record, profile, { row: 1, asOf });
  } finally {
    onContext = undefined;
  }
  return out as T;
}

export interface Row {
  row: number;
  record: Record<string, unknown>;
}

/** Observes rows into fresh states. */
export function observeRows(rows: readonly Row[], checks: readonly DatasetCheck[] = DATASET_CHECKS, profile = defaultProfile): DatasetStates {
  const states = emptyDatasetState(checks);
  for (const { row, record } of rows) withContext(record, (ctx) => observeAll(states, checks, row, ctx), profile);
  return states;
}

export interface RecordFinding {
  row: number;
  rule: string;
  finding: Finding;
}

/** Issues per record: after all rows (two passes over a file) or after each row (one pass over a stream). */
export function recordFindings(rows: readonly Row[], mode: 'two-pass' | 'stream', profile = defaultProfile, checks: readonly DatasetCheck[] = DATASET_CHECKS): RecordFinding[] {
  const out: RecordFinding[] = [];
  const collect = (row: number, ctx: RuleContext, states: DatasetStates) => {
    for (const { check, finding } of datasetIssuesFor(checks, states, row, ctx)) out.push({ row, rule: check.id, finding });
  };
  if (mode === 'stream') {
    const states = emptyDatasetState(checks);
    for (const { row, record } of rows)
      withContext(record, (ctx) => {
        observeAll(states, checks, row, ctx);
        collect(row, ctx, states);
      }, profile);
    return out;
  }
  const states = observeRows(rows, checks, profile);
  for (const { row, record } of rows) withContext(record, (ctx) => collect(row, ctx, states), profile);
  return out;
}

/** A citizen record as a ministry export writes it. */
export function citizen(id: string, name: string, dob: string, phone = ''): Record<string, unknown> {
  return { so_dinh_danh: id, ho_ten: name, ngay_sinh: dob, gioi_tinh: 'Nam', so_dien_thoai: phone };
}

export const rowsOf = (records: Record<string, unknown>[]): Row[] => records.map((record, i) => ({ row: i + 1, record }));
