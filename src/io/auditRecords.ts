import { addReport, emptySummary, evaluate, finalizeSummary, type DatasetSummary, type Issue, type Lang, type RecordReport } from '../core';
import { resolveAsOf, type AsOfInput } from '../api/asOf';
import { resolveProfile, type ProfileRef } from '../api/profiles';
import { formatIsoDate } from '../vn/dates/civilDate';
import type { InputRecord } from './inputRecord';

export interface AuditRecordsOptions {
  profile?: ProfileRef;
  columns?: Readonly<Record<string, string>>;
  asOf?: AsOfInput;
  lang?: Lang;
  mask?: boolean;
  /** Called with every record report, in input order; awaited, so a slow writer slows the reader (bounded memory). */
  onReport?: (report: RecordReport, input: InputRecord) => void | Promise<void>;
}

/**
 * Audits a stream of records: one report per record, in order, folded into a dataset summary.
 * Reading problems attached to a record (ragged rows …) become `input` issues on its report.
 */
export async function auditRecords(records: AsyncIterable<InputRecord> | Iterable<InputRecord>, options: AuditRecordsOptions = {}): Promise<DatasetSummary> {
  const profile = resolveProfile(options.profile ?? 'citizen', options.columns);
  const asOf = resolveAsOf(options.asOf);
  const lang = options.lang ?? 'vi';
  const summary = emptySummary(profile.spec.name, formatIsoDate(asOf), profile.fieldNames);
  const columns: Record<string, string | null> = {};
  let columnsSeen = 0;
  for await (const input of records) {
    if (columnsSeen < 1 && input.record !== null && typeof input.record === 'object') {
      for (const c of Object.keys(input.record)) columns[c] = profile.fieldForColumn(c);
      columnsSeen++;
    }
    const inputIssues: Issue[] | undefined = input.inputProblem
      ? [{ rule: input.inputProblem.code, dimension: 'correct', severity: 'error', field: 'record', message: input.inputProblem[lang], value: null, fix: null }]
      : undefined;
    const filled: string[] = [];
    const report = evaluate(input.record, profile, { row: input.row, asOf, lang, mask: options.mask ?? true, inputIssues, filled });
    addReport(summary, report, filled);
    if (options.onReport) await options.onReport(report, input);
  }
  if (columnsSeen > 0) summary.columns = columns;
  return finalizeSummary(summary);
}
