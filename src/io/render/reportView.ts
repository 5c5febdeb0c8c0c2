import { DIMENSIONS, HISTOGRAM_BINS, LEFT_OUT_KINDS, VERDICTS, type DatasetSummary, type Dimension, type Lang, type LocalizedText, type Severity, type Verdict } from '../../core';
import { groupViews, ruleGroupCounts, type GroupView, type RuleGroupCount } from './groupView';
import { LABELS, type ReportLabels } from './labels';
import type { RuleTitleLookup } from './ruleTitles';
import { formatNumber } from './numberFormat';

export interface RenderOptions {
  /** The report's language; Vietnamese by default. */
  lang?: Lang;
  /** Rule titles; without it the rules table shows ids only. */
  ruleTitle?: RuleTitleLookup;
  /** What fields are called ("ngày sinh" for `dateOfBirth`); without it the field tables show ids only. */
  fieldLabel?: (field: string) => LocalizedText | undefined;
}

export interface RuleView {
  id: string;
  title: string | null;
  dimension: Dimension;
  records: number;
  issues: Record<Severity, number>;
  examples: number[];
  /** Records with an issue from this rule, by province, most first (empty when the summary has no provinces). */
  provinces: RuleGroupCount[];
}

/** The breakdown the reports show: `summary.groups.province`, keyed by the current province's full name. */
export const PROVINCE_GROUPING = 'province';

/** A dataset-level finding as shown: core's `DatasetFinding` (rule, severity, message, count, rows), read loosely. */
export interface FindingView {
  rule: string | null;
  severity: Severity | null;
  label: string;
  count: number | null;
  /** The first rows involved (at most FINDING_ROWS_SHOWN). */
  examples: number[];
}

/** Findings shown in a report, most records first; a million-row file can have thousands of duplicate groups. */
export const FINDINGS_SHOWN = 50;
/** Rows listed per finding. */
export const FINDING_ROWS_SHOWN = 10;

/**
 * What every renderer shows, derived once from a summary: sorted, labelled, in one language. Renderers only lay
 * it out, so Markdown and HTML never disagree on a number.
 */
export interface ReportView {
  lang: Lang;
  labels: ReportLabels;
  profile: string;
  asOf: string;
  rows: number;
  meanScore: number;
  verdicts: { verdict: Verdict; count: number }[];
  dimensions: { dimension: Dimension; mean: number }[];
  /** Overall score histogram: bin i holds scores in [i/10, (i+1)/10), the last bin includes 1. */
  histogram: { from: number; to: number; count: number }[];
  /** Most records first, then by id. */
  rules: RuleView[];
  /** The province breakdown, most records first; null when the summary has none (or an empty one). */
  provinces: GroupView[] | null;
  /** `label`: what the field is called in the report's language, capitalised; null when unknown. */
  fields: { field: string; label: string | null; filled: number; rate: number }[];
  columns: { column: string; field: string | null; label: string | null }[] | null;
  /** The rows of the input that were not records, said in a sentence (null: none, or not known). */
  leftOut: string | null;
  findings: FindingView[] | null;
  /** How many findings the summary has in all (more than `findings.length` when the list was cut). */
  findingsTotal: number;
}

/**
 * Derives the view a renderer lays out.
 *
 * @example
 * reportView(summary, { lang: 'en' }).verdicts // → [{ verdict: 'pass', count: 812 }, …]
 */
export function reportView(summary: DatasetSummary, options: RenderOptions = {}): ReportView {
  const lang = options.lang ?? 'vi';
  const labels = LABELS[lang];
  const provinceGroups = summary.groups?.[PROVINCE_GROUPING];
  const hasProvinces = provinceGroups !== undefined && Object.keys(provinceGroups).length > 0;
  const byRule = hasProvinces ? ruleGroupCounts(provinceGroups, labels.unknownProvince) : new Map<string, RuleGroupCount[]>();
  const rules: RuleView[] = Object.entries(summary.rules).map(([id, r]) => {
    const title = options.ruleTitle?.(id)?.[lang];
    return { id, title: title ?? null, dimension: r.dimension, records: r.records, issues: { ...r.issues }, examples: [...r.examples], provinces: byRule.get(id) ?? [] };
  });
  rules.sort((a, b) => b.records - a.records || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const labelOf = (field: string): string | null => {
    const label = options.fieldLabel?.(field)?.[lang];
    return label ? label.charAt(0).toUpperCase() + label.slice(1) : null;
  };
  const histogram = [];
  for (let i = 0; i < HISTOGRAM_BINS; i++) {
    histogram.push({ from: i / HISTOGRAM_BINS, to: (i + 1) / HISTOGRAM_BINS, count: summary.score.histogram[i] ?? 0 });
  }
  return {
    lang,
    labels,
    profile: summary.profile,
    asOf: summary.asOf,
    rows: summary.rows,
    meanScore: summary.score.mean,
    verdicts: VERDICTS.map((verdict) => ({ verdict, count: summary.verdicts[verdict] })),
    dimensions: DIMENSIONS.map((dimension) => ({ dimension, mean: summary.dimensions[dimension].mean })),
    histogram,
    rules,
    provinces: hasProvinces ? groupViews(provinceGroups, labels.unknownProvince) : null,
    fields: Object.entries(summary.fields).map(([field, f]) => ({ field, label: labelOf(field), filled: f.filled, rate: f.rate })),
    columns: summary.columns ? Object.entries(summary.columns).map(([column, field]) => ({ column, field, label: field === null ? null : labelOf(field) })) : null,
    leftOut: leftOutSentence(summary.leftOut, labels, lang),
    ...findingViews((summary as { findings?: unknown }).findings, lang),
  };
}

/** "Not records, not audited: 4 title rows above the header, 6 signature-block rows at the end." */
/** The sentence that says which rows of the input were not records (title, second header row, …), or null for none. */
export function leftOutSentence(leftOut: DatasetSummary['leftOut'], labels: ReportLabels, lang: Lang): string | null {
  if (!leftOut) return null;
  const parts = LEFT_OUT_KINDS.filter((k) => leftOut[k] > 0).map((k) => labels.leftOutKinds[k](formatNumber(leftOut[k], lang)));
  return parts.length === 0 ? null : labels.leftOut(parts.join(', '));
}

// Dataset findings (duplicate IDs, shared phones …) come from core's dataset checks but are not yet a field of
// DatasetSummary. Until they are, read whatever is there loosely — a list of objects or an object by kind — so a
// summary of any version renders: a label (message, title, kind or key), a count and the first rows.
function findingViews(findings: unknown, lang: Lang): { findings: FindingView[] | null; findingsTotal: number } {
  if (findings === null || typeof findings !== 'object') return { findings: null, findingsTotal: 0 };
  const entries: [string | null, unknown][] = Array.isArray(findings) ? findings.map((f) => [null, f]) : Object.entries(findings);
  if (entries.length === 0) return { findings: null, findingsTotal: 0 };
  const views = entries.map(([key, value]): FindingView => {
    const o = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    const label = text(o.message, lang) ?? text(o.title, lang) ?? text(o.kind, lang) ?? key ?? (typeof value === 'string' ? value : typeof o.rule === 'string' ? '' : JSON.stringify(value) ?? '');
    const countValue = [o.count, o.records, o.groups, value].find((n): n is number => typeof n === 'number' && Number.isFinite(n));
    const rows = Array.isArray(o.rows) ? o.rows : Array.isArray(o.examples) ? o.examples : [];
    const severity = o.severity === 'error' || o.severity === 'warning' || o.severity === 'info' ? o.severity : null;
    return {
      rule: typeof o.rule === 'string' ? o.rule : null,
      severity,
      label,
      count: countValue ?? null,
      examples: rows.filter((n): n is number => typeof n === 'number').slice(0, FINDING_ROWS_SHOWN),
    };
  });
  // Stable sort: equal counts keep the summary's own (deterministic) order.
  views.sort((a, b) => (b.count ?? 0) - (a.count ?? 0));
  return { findings: views.slice(0, FINDINGS_SHOWN), findingsTotal: views.length };
}

function text(value: unknown, lang: Lang): string | null {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && typeof (value as Record<string, unknown>)[lang] === 'string') return (value as Record<Lang, string>)[lang];
  return null;
}
