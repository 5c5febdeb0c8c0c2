import type { Day, Dimension, LocalizedText, Severity } from './types';

/** What a rule sees of one record. Parsed values are computed once per record and shared by every rule. */
export interface RuleContext {
  /** The raw value of a semantic field as the input had it (undefined when the column is absent). */
  raw(field: string): unknown;
  /** The raw value as a string ('' for absent, null or undefined). */
  text(field: string): string;
  /**
   * The field's parse (by the parser its type names), computed on first use and cached for this record;
   * `NO_VALUE` for a blank or filler value (never handed to the parser), undefined for a field the profile lacks.
   */
  parsed<T = unknown>(field: string): T | typeof NO_VALUE | undefined;
  /** Whether the profile maps this field and the record holds a non-blank value for it (a filler counts as present). */
  present(field: string): boolean;
  /** Whether the field holds a filler such as "N/A" instead of a value (decided once per record). */
  filler(field: string): boolean;
  /** Whether the profile marks the field required. */
  required(field: string): boolean;
  /** The profile's semantic fields, in profile order. */
  readonly fields: readonly string[];
  /**
   * The fields whose value is blank (absent, empty or only spaces), in profile order: what record-wide rules
   * (a required field missing) need, without a lookup per field.
   */
  readonly blankFields: readonly string[];
  /** The fields holding a filler such as "N/A" instead of a value, in profile order. */
  readonly fillerFields: readonly string[];
  /** The day the record is judged as of. */
  readonly asOf: Day;
  /** The profile's options (staleness limit and the like). */
  readonly options: Readonly<Record<string, unknown>>;
  /**
   * The fields that more than one of the record's columns map to (`so_dinh_danh` and `cccd`, `ngay_sinh` and `ns`),
   * in profile order: the only fields `alternatives` can give values for. A shared empty array for the usual record,
   * one column per field; decided once per column list, not per record.
   */
  readonly multiColumnFields: readonly string[];
  /**
   * The field's other values in this record: the non-blank values of the other columns mapped to it, in the profile's
   * order of preference, beside the one the field's value was taken from (the first non-blank, ADR 0012; rules see
   * only that one through `text`, `parsed` …). Fillers ("N/A", where they count as no value) and values over the
   * length limit hold nothing to compare and are left out. A shared, frozen empty array when there is none.
   */
  alternatives(field: string): readonly FieldAlternative[];
  /**
   * The name of the column the field's value was read from (with several, the first non-blank in order of
   * preference, or the last one when all are blank); undefined when no column of the record maps to the field.
   */
  column(field: string): string | undefined;
  /**
   * Whether two values of the field are the same value, by its type's `conflictKey` (an ID written with or without
   * spaces, a date in two formats; identical values are the same without asking it): true or false, or null when
   * either value cannot be compared or the type has no `conflictKey` (its columns may rightly differ: a mobile and a
   * landline).
   */
  sameValue(field: string, a: FieldValueText, b: FieldValueText): boolean | null;
}

/** A value as a rule can hand it back to the engine: its text, and the raw cell it was read from. */
export interface FieldValueText {
  readonly text: string;
  /** The cell as the input had it (a number from JSON, a Date from a spreadsheet); the text when not known. */
  readonly raw: unknown;
}

/** Another column's value for a field (see `RuleContext.alternatives`). */
export interface FieldAlternative extends FieldValueText {
  /** The column's name as the input has it. */
  readonly column: string;
}

/** What `parsed` gives for a blank value or a filler: content rules then have nothing to check. */
export const NO_VALUE: unique symbol = Symbol('ddss.no-value');

/** Whether a parse is a real value: not blank, not a filler, not a field the profile lacks. */
export function hasValue<T>(parsed: T | typeof NO_VALUE | undefined): parsed is T {
  return parsed !== undefined && parsed !== NO_VALUE;
}

/** One thing a rule found. A rule returns one, several, or none (null/undefined). */
export interface Finding {
  /** Defaults to the rule's first field. */
  field?: string;
  related?: string[];
  /** Which of the rule's messages to use; defaults to `default`. */
  message?: string;
  /** Values for the message template. */
  params?: Record<string, string | number>;
  /**
   * Params that are personal data, each with the field whose mask hides it (`{ current: 'phone' }`): when the
   * report is masked, the engine masks them before the message is built, so messages never leak what values hide.
   */
  personal?: Record<string, string>;
  /** Overrides the rule's severity for this finding. */
  severity?: Severity;
  /** A safe canonical value for the field. */
  fix?: string | null;
  /** The value to show; defaults to the field's raw text. */
  value?: string | null;
}

export type MessageTemplate = (params: Record<string, string | number>) => string;

/** A number a profile may set under `options` for a rule, e.g. `stalenessYears`: checked when the profile compiles. */
export interface RuleOption {
  /** The smallest value allowed. */
  readonly min: number;
  /** Whole numbers only. */
  readonly integer?: boolean;
}

/** A rule: a plain object, one per file. Nothing registers itself. */
export interface Rule {
  /** Stable id, documented; users filter and configure by it. */
  readonly id: string;
  readonly dimension: Dimension;
  readonly severity: Severity;
  /** 0..1, how much one finding lowers its dimension's score (default 1). */
  readonly weight?: number;
  /** Fields the rule reads; the first is where its findings land by default. */
  readonly fields: readonly string[];
  /** What the rule checks, for documentation and reports. */
  readonly title: LocalizedText;
  /** Message templates by variant; `default` is required. */
  readonly messages: Readonly<Record<string, { vi: MessageTemplate; en: MessageTemplate }>>;
  readonly check: (ctx: RuleContext) => Finding | readonly Finding[] | null | undefined;
  /** The profile options the rule reads (`ctx.options`), so that a typo or a wrong value is an error, not a silent default. */
  readonly options?: Readonly<Record<string, RuleOption>>;
}

const DIMENSION_NAMES: readonly string[] = ['correct', 'complete', 'clean', 'live'];
const SEVERITY_NAMES: readonly string[] = ['error', 'warning', 'info'];

/**
 * What is wrong with a rule's (or dataset check's) shape, or null: caught where the rule is written or compiled,
 * not as a report with an unknown severity that no verdict counts.
 */
export function ruleShapeProblem(rule: Partial<Pick<Rule, 'id' | 'dimension' | 'severity' | 'weight' | 'fields' | 'messages'>> | null | undefined): string | null {
  if (rule === null || typeof rule !== 'object') return 'a rule must be an object';
  const name = typeof rule.id === 'string' && rule.id !== '' ? `rule "${rule.id}"` : null;
  if (name === null) return 'a rule needs a non-empty string id';
  if (!DIMENSION_NAMES.includes(rule.dimension as string)) return `${name}: dimension must be one of ${DIMENSION_NAMES.join(', ')}, got ${JSON.stringify(rule.dimension)}`;
  if (!SEVERITY_NAMES.includes(rule.severity as string)) return `${name}: severity must be one of ${SEVERITY_NAMES.join(', ')}, got ${JSON.stringify(rule.severity)}`;
  if (rule.weight !== undefined && !(typeof rule.weight === 'number' && rule.weight >= 0 && rule.weight <= 1)) return `${name}: weight must be a number from 0 to 1`;
  if (!Array.isArray(rule.fields) || !rule.fields.every((f) => typeof f === 'string')) return `${name}: fields must be a list of field names`;
  const d = rule.messages?.default;
  if (typeof d?.vi !== 'function' || typeof d.en !== 'function') return `${name}: messages.default needs vi and en templates`;
  return null;
}

/**
 * Gives a rule object its type where it is written, and checks its shape.
 * @throws TypeError naming the rule and what is wrong (an unknown dimension or severity, a missing message…).
 */
export function defineRule(rule: Rule): Rule {
  const problem = ruleShapeProblem(rule);
  if (problem !== null) throw new TypeError(problem);
  if (typeof rule.check !== 'function') throw new TypeError(`rule "${rule.id}": check must be a function`);
  return rule;
}
