import {
  addReport,
  addScoreBase,
  datasetFindings,
  datasetIssuesFor,
  emptyDatasetState,
  emptyScoreBases,
  emptySummary,
  evaluate,
  meaningField,
  observeAll,
  profileDigest,
  type CompiledProfile,
  type DatasetFinding,
  type DatasetStates,
  type DatasetSummary,
  type Issue,
  type Lang,
  type RecordReport,
  type RuleContext,
  type ScoreBase,
} from '../core';
import { resolveAsOf } from '../api/asOf';
import { resolveProfile, type ProfileRef } from '../api/profiles';
import { formatIsoDate } from '../vn/dates/civilDate';
import type { InputRecord } from './inputRecord';

/** Everything needed to audit records the same way in any thread: plain data, so it crosses to workers. */
export interface AuditSettings {
  /** Plain data when the settings cross to workers; a compiled profile only for an audit in this thread. */
  profile: ProfileRef;
  columns?: Record<string, string>;
  /** `YYYY-MM-DD`. */
  asOf: string;
  lang: Lang;
  mask: boolean;
  /** Dataset-level issues by row, found by a first pass over the whole file (every record involved gets them). */
  datasetIssues?: Map<number, Issue[]>;
  /** No first pass was possible (a stream): gather dataset state as records come, flagging from the second occurrence on. */
  onePassDataset?: boolean;
  /**
   * Keep, in the summary, what each record scored before its dataset issues (`scoreBases`): a shard audited in two
   * passes, whose merge scores again the records whose duplicates are in other shards.
   */
  keepScoreBases?: boolean;
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
  /** Dataset-level states of a one-pass audit. */
  readonly datasetStates: DatasetStates | null;

  /**
   * `reportPrototype`: what the reports are built on (core's `EvaluateOptions.reportPrototype`), e.g. the notebook
   * display's; none in workers, whose reports cross to the main thread as plain objects anyway.
   */
  constructor(
    readonly settings: AuditSettings,
    private readonly reportPrototype?: object,
  ) {
    this.profile = resolveProfile(settings.profile, settings.columns);
    this.asOf = resolveAsOf(settings.asOf);
    this.summary = emptySummary(this.profile.spec.name, formatIsoDate(this.asOf), this.profile.fieldNames, {
      profileDigest: profileDigest(this.profile.spec),
      masked: settings.mask,
    });
    if (settings.keepScoreBases) this.summary.scoreBases = emptyScoreBases(this.profile.weights, this.profile.groupings.map((g) => g.id));
    this.datasetStates = settings.onePassDataset && this.profile.datasetChecks.length > 0 ? emptyDatasetState(this.profile.datasetChecks) : null;
  }

  /** The one-pass dataset findings so far (null when there is no one-pass state). */
  findings(): DatasetFinding[] | null {
    if (!this.datasetStates) return null;
    return datasetFindings(this.profile.datasetChecks, this.datasetStates, this.profile.spec.options, { mask: this.settings.mask });
  }

  audit(input: InputRecord): AuditedRecord {
    const { lang, mask } = this.settings;
    if (!this.columnsSeen && input.record !== null && typeof input.record === 'object' && !Array.isArray(input.record)) {
      const columns = Object.create(null) as Record<string, string | null>;
      const names = Object.keys(input.record);
      // As the engine maps them: a "Ngày sinh (Nữ)" column without its "Nam" partner maps to nothing.
      const meanings = this.profile.mapColumns(names);
      names.forEach((c, k) => (columns[c] = meaningField(meanings[k]!)));
      this.summary.columns = columns;
      this.columnsSeen = true;
    }
    const inputIssues: Issue[] | undefined = input.inputProblem
      ? [{ rule: input.inputProblem.code, dimension: 'correct', severity: 'error', field: 'record', message: input.inputProblem[lang], value: null, fix: null }]
      : undefined;
    const datasetIssues = this.settings.datasetIssues?.get(input.row);
    const states = this.datasetStates;
    const checks = this.profile.datasetChecks;
    const afterRules = states
      ? (ctx: RuleContext) => {
          observeAll(states, checks, input.row, ctx);
          return datasetIssuesFor(checks, states, input.row, ctx).map(({ check, finding }) => ({ source: check, finding }));
        }
      : undefined;
    const filled: string[] = [];
    const rawFixed: Record<string, string> = {};
    const groups = this.profile.groupings.length > 0 ? (Object.create(null) as Record<string, string>) : undefined;
    const bases = this.summary.scoreBases;
    const onScoreBase = bases ? (base: ScoreBase) => addScoreBase(bases, input.row, base, groups) : undefined;
    const report = evaluate(input.record, this.profile, { row: input.row, asOf: this.asOf, lang, mask, inputIssues, datasetIssues, onScoreBase, filled, rawFixed, afterRules, groups, reportPrototype: this.reportPrototype });
    addReport(this.summary, report, filled, groups);
    return { report, rawFixed };
  }
}
