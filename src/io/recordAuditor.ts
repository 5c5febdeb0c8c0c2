import { addReport, emptySummary, evaluate, type CompiledProfile, type DatasetSummary, type Issue, type Lang, type ProfileSpecInput, type RecordReport } from '../core';
import { resolveAsOf } from '../api/asOf';
import { resolveProfile } from '../api/profiles';
import { formatIsoDate } from '../vn/dates/civilDate';
import type { InputRecord } from './inputRecord';

/** Everything needed to audit records the same way in any thread: plain data, so it crosses to workers. */
export interface AuditSettings {
  profile: string | ProfileSpecInput;
  columns?: Record<string, string>;
  /** `YYYY-MM-DD`. */
  asOf: string;
  lang: Lang;
  mask: boolean;
}

export interface AuditedRecord {
  report: RecordReport;
  /** Unmasked safe fixes by field, for the cleaned file. */
  rawFixed: Record<string, string>;
}

/**
 * Audits records one by one into a partial dataset summary. Used by the single-threaded path and by each worker;
 * partial summaries merge exactly, so the result does not depend on how records were shared out.
 */
export class RecordAuditor {
  readonly profile: CompiledProfile;
  readonly summary: DatasetSummary;
  private readonly asOf;
  private columnsSeen = false;

  constructor(readonly settings: AuditSettings) {
    this.profile = resolveProfile(settings.profile, settings.columns);
    this.asOf = resolveAsOf(settings.asOf);
    this.summary = emptySummary(this.profile.spec.name, formatIsoDate(this.asOf), this.profile.fieldNames);
  }

  audit(input: InputRecord): AuditedRecord {
    const { lang, mask } = this.settings;
    if (!this.columnsSeen && input.record !== null && typeof input.record === 'object' && !Array.isArray(input.record)) {
      const columns = Object.create(null) as Record<string, string | null>;
      for (const c of Object.keys(input.record)) columns[c] = this.profile.fieldForColumn(c);
      this.summary.columns = columns;
      this.columnsSeen = true;
    }
    const inputIssues: Issue[] | undefined = input.inputProblem
      ? [{ rule: input.inputProblem.code, dimension: 'correct', severity: 'error', field: 'record', message: input.inputProblem[lang], value: null, fix: null }]
      : undefined;
    const filled: string[] = [];
    const rawFixed: Record<string, string> = {};
    const report = evaluate(input.record, this.profile, { row: input.row, asOf: this.asOf, lang, mask, inputIssues, filled, rawFixed });
    addReport(this.summary, report, filled);
    return { report, rawFixed };
  }
}
