export * from './types';
export { defineRule, hasValue, NO_VALUE } from './rule';
export type { Rule, RuleContext, RuleOption, Finding, MessageTemplate, FieldAlternative, FieldValueText } from './rule';
export { profileSpecSchema, fieldSpecSchema, ruleSettingSchema, parseProfileSpec, ProfileError } from './profile';
export type { ProfileSpec, ProfileSpecInput, FieldSpec, RuleSetting } from './profile';
export { compileProfile } from './compile';
export type { Catalogue, FieldType, CompiledProfile, CompiledField, ActiveRule } from './compile';
export { columnReadFrom, columnsInReadingOrder, meaningField, type ColumnMeaning, type ColumnPart } from './columnMeaning';
export { evaluate, observeRecord, toText, isBlank } from './evaluate';
export type { EvaluateOptions, FindingSource } from './evaluate';
export { scoreIssues, scoreBase, scoreWithMore, roundScore, SEVERITY_PENALTY, SCORE_SCALE } from './score';
export type { RecordScore, ScoreBase } from './score';
export { addScoreBase, emptyScoreBases, mergeScoreBases } from './scoreBases';
export type { ScoreBasesJson } from './scoreBases';
export {
  emptySummary,
  addReport,
  finalizeSummary,
  mergeSummaries,
  summarize,
  SummaryMergeError,
  overlappingRows,
  rowsLabel,
  HISTOGRAM_BINS,
  EXAMPLES_PER_RULE,
  LEFT_OUT_KINDS,
} from './summary';
export type { DatasetSummary, ScoreState, RuleState, GroupState, DatasetMergeContext, SummaryIdentity, LeftOutRows } from './summary';
export { profileDigest } from './profileDigest';
export { UNKNOWN_GROUP, type Grouping } from './grouping';
export {
  emptyDatasetState,
  observeAll,
  mergeDatasetStates,
  datasetFindings,
  datasetIssuesFor,
  datasetIssuesByRow,
  serializeDatasetStates,
  restoreDatasetStates,
  defineDatasetCheck,
} from './dataset';
export type { DatasetCheck, DatasetFinding, DatasetView, DatasetStateJson, DatasetStates, DatasetRecordFinding } from './dataset';
export { RowTable, restoreRowTable, digestRowTable, mergeRowTables, rowTableState, findingKey, groupOf, digestKey, digestLane, hex64, DatasetMergeError } from './datasetTable';
export type { DigestMode, RowGroup, RowTableJson, RowTableState } from './datasetTable';
