import { finalizeSummary, type DatasetSummary, type Lang, type RecordReport } from '../core';
import { resolveAsOf, type AsOfInput } from '../api/asOf';
import type { ProfileRef } from '../api/profiles';
import { formatIsoDate } from '../vn/dates/civilDate';
import type { InputRecord } from './inputRecord';
import { RecordAuditor } from './recordAuditor';
import { displayableSummary, reportPrototype } from './render/notebook';
import { catalogueRuleTitle } from './catalogueRuleTitles';

export interface AuditRecordsOptions {
  profile?: Exclude<ProfileRef, { fieldForColumn: unknown }>;
  columns?: Readonly<Record<string, string>>;
  asOf?: AsOfInput;
  lang?: Lang;
  mask?: boolean;
  /** Called with every record report, in input order; awaited, so a slow writer slows the reader (bounded memory). */
  onReport?: (report: RecordReport, input: InputRecord) => void | Promise<void>;
}

/**
 * Audits a stream of records in this thread: one report per record, in order, folded into a dataset summary.
 * Reading problems attached to a record (ragged rows …) become `input` issues on its report.
 */
export async function auditRecords(records: AsyncIterable<InputRecord> | Iterable<InputRecord>, options: AuditRecordsOptions = {}): Promise<DatasetSummary> {
  const lang = options.lang ?? 'vi';
  const settings = {
    profile: (options.profile ?? 'citizen') as string,
    columns: options.columns ? { ...options.columns } : undefined,
    asOf: formatIsoDate(resolveAsOf(options.asOf)),
    lang,
    mask: options.mask ?? true,
  };
  // Reports that display themselves in a notebook and print readably: one shared prototype, nothing per report.
  const auditor = new RecordAuditor(settings, reportPrototype(lang));
  for await (const input of records) {
    const { report } = auditor.audit(input);
    if (options.onReport) await options.onReport(report, input);
  }
  return displayableSummary(finalizeSummary(auditor.summary), { lang, ruleTitle: catalogueRuleTitle });
}
