import { finalizeSummary, type DatasetSummary, type Lang, type RecordReport } from '../core';
import { resolveAsOf, type AsOfInput } from '../api/asOf';
import { resolveLang } from '../api/lang';
import type { ProfileRef } from '../api/profiles';
import { formatIsoDate } from '../vn/dates/civilDate';
import type { InputRecord } from './inputRecord';
import { RecordAuditor } from './recordAuditor';
import { displayableSummary, reportPrototype } from './render/notebook';
import { catalogueFieldLabel, catalogueRuleTitle } from './catalogueRuleTitles';

export interface AuditRecordsOptions {
  /** A built-in profile's name, a profile as data, or a compiled profile (one with rules of your own). */
  profile?: ProfileRef;
  columns?: Readonly<Record<string, string>>;
  asOf?: AsOfInput;
  lang?: Lang;
  mask?: boolean;
  /** Called with every record report, in input order; awaited, so a slow writer slows the reader (bounded memory). */
  onReport?: (report: RecordReport, input: InputRecord) => void | Promise<void>;
}

/**
 * Audits a stream of records in this thread: one report per record, in order, folded into a dataset summary.
 * Each input is `{ row, record }` (the row number is yours: 1-based, as your source counts). Reading problems
 * attached to a record (ragged rows …) become `input` issues on its report. The dataset checks (shared IDs and
 * phones, near-duplicates) run in one pass, as for a stream: a record gets the issue from the moment the conflict
 * is known, and the summary lists every finding.
 *
 * @example
 * const summary = await auditRecords(rows.map((record, i) => ({ row: i + 1, record })), { asOf: '2026-11-01' });
 */
export async function auditRecords(records: AsyncIterable<InputRecord> | Iterable<InputRecord>, options: AuditRecordsOptions = {}): Promise<DatasetSummary> {
  const lang = resolveLang(options.lang);
  const settings = {
    profile: options.profile ?? 'citizen',
    columns: options.columns ? { ...options.columns } : undefined,
    asOf: formatIsoDate(resolveAsOf(options.asOf)),
    lang,
    // Only an explicit false unmasks: `mask: 0` or an unset environment variable must not.
    mask: options.mask !== false,
    onePassDataset: true,
  };
  // Reports that display themselves in a notebook and print readably: one shared prototype, nothing per report.
  const auditor = new RecordAuditor(settings, reportPrototype(lang));
  let previous = 0;
  for await (const input of records) {
    previous = checkInput(input, previous);
    const { report } = auditor.audit(input);
    if (options.onReport) await options.onReport(report, input);
  }
  const summary = auditor.summary;
  const findings = auditor.findings();
  if (findings) summary.findings = findings;
  return displayableSummary(finalizeSummary(summary), { lang, ruleTitle: catalogueRuleTitle, fieldLabel: catalogueFieldLabel });
}

/**
 * Each item must be `{ row, record }` with rows rising: a bare record would be audited as "not an object" and its
 * row left undefined, and repeated rows would make a summary that merges wrongly. Both are mistakes in the calling
 * code, so they stop the audit with a clear error rather than fail every record.
 */
function checkInput(input: unknown, previous: number): number {
  const row = (input as Partial<InputRecord> | null)?.row;
  if (input === null || typeof input !== 'object' || !('record' in input)) {
    throw new TypeError(`auditRecords takes items of the form { row, record }; the item after row ${previous} is not (wrap each record: { row: i + 1, record })`);
  }
  if (typeof row !== 'number' || !Number.isSafeInteger(row) || row <= previous) {
    throw new RangeError(`auditRecords needs rising whole row numbers from 1; after row ${previous} came ${JSON.stringify(row)}`);
  }
  return row;
}
