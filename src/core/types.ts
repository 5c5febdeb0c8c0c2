/** The four criteria for data synchronised with the National Population Database. */
export type Dimension = 'correct' | 'complete' | 'clean' | 'live';
export const DIMENSIONS: readonly Dimension[] = Object.freeze(['correct', 'complete', 'clean', 'live']);

/** `error` fails a record, `warning` makes it `warn`, `info` only lowers its score slightly. */
export type Severity = 'error' | 'warning' | 'info';

export type Verdict = 'pass' | 'warn' | 'fail';
export const VERDICTS: readonly Verdict[] = Object.freeze(['pass', 'warn', 'fail']);

export type Lang = 'vi' | 'en';

/** A text in both languages the reports speak. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** One problem found in one record. */
export interface Issue {
  /** Stable rule id, e.g. `id.personal.birth-year`. */
  rule: string;
  dimension: Dimension;
  severity: Severity;
  /** The field the problem is in (a semantic field name, or `record` / `input`). */
  field: string;
  /** Other fields the finding compares against. */
  related?: string[];
  message: string;
  /** The offending value, masked unless the caller asked for raw values. */
  value: string | null;
  /** A safe canonical replacement, or null when there is none. */
  fix: string | null;
}

/** The report every input record gets, in input order. */
export interface RecordReport {
  /** 1-based position in the input. */
  row: number;
  /** The record's own id (the profile's key field) when it has one. */
  key?: string;
  score: number;
  verdict: Verdict;
  dimensions: Record<Dimension, number>;
  issues: Issue[];
  /** Canonical values the rules derived safely, by field. */
  fixed: Record<string, string>;
}

/** A calendar day, zone-free: what `asOf` means to rules. */
export interface Day {
  year: number;
  month: number;
  day: number;
}
