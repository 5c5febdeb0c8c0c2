import { IMPLIED_RANK } from './columnMeaning';
import type { CompiledProfile } from './compile';
import { UNKNOWN_GROUP, type Grouping } from './grouping';
import { ENGINE_MESSAGES } from './messages';
import { NO_VALUE, type FieldAlternative, type FieldValueText, type Finding, type Rule, type RuleContext } from './rule';
import { scoreBase, scoreIssues, type ScoreBase } from './score';
import type { Day, Issue, Lang, LocalizedText, RecordReport } from './types';

/** What a finding needs from the rule (or dataset check) that made it. */
export type FindingSource = Pick<Rule, 'id' | 'dimension' | 'severity' | 'fields' | 'messages'>;

export interface EvaluateOptions {
  /** 1-based position of the record in its input. */
  row: number;
  asOf: Day;
  lang?: Lang;
  /** Mask personal values in issues and fixes (default true). */
  mask?: boolean;
  /** Problems found while reading the record (a ragged CSV row …), reported before the rules' issues. */
  inputIssues?: readonly Issue[];
  /**
   * The record's dataset-level issues, found beforehand (a first pass over the whole file): reported after every
   * other issue, each weighing 1, so that a record's score can be taken again with other dataset issues
   * (`onScoreBase`, `scoreWithMore`).
   */
  datasetIssues?: readonly Issue[];
  /** When given, receives what the record scores without its `datasetIssues` (unrounded; see `ScoreBase`). */
  onScoreBase?: (base: ScoreBase) => void;
  /** When given, receives the names of the fields that were non-blank in the record (for fill rates). */
  filled?: string[];
  /**
   * Runs after the rules with the same record context, for checks that look beyond the record (dataset-level
   * checks in a one-pass audit); what it returns becomes issues exactly as rule findings do.
   */
  afterRules?: (ctx: RuleContext) => readonly { source: FindingSource; finding: Finding }[] | null;
  /**
   * When given, receives the record's group under each of the profile's groupings, by grouping id
   * (`UNKNOWN_GROUP` when the grouping cannot place it), for the summary's breakdowns.
   */
  groups?: Record<string, string>;
  /** When given, receives the fixes unmasked, by field (for writing a cleaned file from a masked audit). */
  rawFixed?: Record<string, string>;
  /**
   * The prototype the report is built on (default: a plain object). A layer above can give every report shared,
   * non-enumerable behaviour (how it prints, how it displays) at no per-report cost; the own properties, which
   * JSON and equality see, are the same either way.
   */
  reportPrototype?: object;
}

const UNPARSED = Symbol('unparsed');
const NO_FIELDS: readonly string[] = Object.freeze([]);
const NO_ALTERNATIVES: readonly FieldAlternative[] = Object.freeze([]);
const EMPTY_PARAMS: Record<string, string | number> = Object.freeze({}) as Record<string, string | number>;
// Per-field state of a record's value, decided once: not yet looked at, a value, blank, or a filler.
const UNKNOWN = 0;
const VALUE = 1;
const BLANK = 2;
const FILLER = 3;
/** A value too long to be what any field holds (a whole document pasted in a cell): not parsed, reported once. */
const TOO_LONG = 4;

/**
 * The longest value a field's parser is given. The longest real values (addresses) run to a few hundred
 * characters; a 6 MB name once cost 960 MB and 8 s in the name rules. Longer values get `input.value-too-long`.
 */
export const MAX_VALUE_CHARS = 10_000;

/**
 * Per-record view of the values; parses lazily and once. One context per profile is reused from record to record
 * (reset, not reallocated): on a service gate's hot path the allocations were a measurable share of the time.
 */
class RecordContext implements RuleContext {
  readonly raws: unknown[];
  readonly texts: (string | undefined)[];
  readonly parses: unknown[];
  readonly kinds: Uint8Array;
  /** Field name → slot, held here rather than reached through the profile: rules look fields up ~80 times a record. */
  private readonly slots: ReadonlyMap<string, number>;
  private readonly size: number;
  private blanks: readonly string[] | null = null;
  private fillers: readonly string[] | null = null;
  /** The current record's column plan and column names (set by `loadRecord`, two stores a record). */
  plan: ColumnPlan = EMPTY_PLAN;
  columnNames: readonly string[] = NO_FIELDS;
  /**
   * The value of every mapped column, by pair index of the plan: filled only for a record whose plan has a field
   * with several columns (`plan.multiSlots`), for `alternatives` and `column`.
   */
  readonly columnRaws: unknown[] = [];
  /**
   * By field slot, for a field with several columns: the pair index of the column its value was taken from (what
   * `loadEveryColumn` chose), so that `column` and `alternatives` read the choice instead of making it again.
   */
  readonly chosenPairs: number[] = [];
  asOf: Day;
  busy = false;
  constructor(
    readonly profile: CompiledProfile,
    asOf: Day,
  ) {
    const n = profile.fields.length;
    this.size = n;
    this.slots = profile.fieldIndex;
    this.asOf = asOf;
    this.raws = new Array(n).fill(undefined);
    this.texts = new Array(n).fill(undefined);
    this.parses = new Array(n).fill(UNPARSED);
    this.kinds = new Uint8Array(n);
  }
  reset(asOf: Day): void {
    this.asOf = asOf;
    // A plain loop over the ~10 slots: four Array#fill calls cost more than the stores themselves.
    for (let i = 0; i < this.size; i++) {
      this.raws[i] = undefined;
      this.texts[i] = undefined;
      this.parses[i] = UNPARSED;
      this.kinds[i] = UNKNOWN;
    }
    this.blanks = null;
    this.fillers = null;
  }
  kindAt(i: number): number {
    let k = this.kinds[i]!;
    if (k === UNKNOWN) {
      const t = this.textAt(i);
      k = t.length > MAX_VALUE_CHARS ? TOO_LONG : isBlank(t) ? BLANK : this.profile.fields[i]!.placeholders && this.profile.isFiller(t) ? FILLER : VALUE;
      this.kinds[i] = k;
    }
    return k;
  }
  get options(): Readonly<Record<string, unknown>> {
    return this.profile.spec.options;
  }
  get fields(): readonly string[] {
    return this.profile.fieldNames;
  }
  get blankFields(): readonly string[] {
    if (this.blanks === null) this.classifyAll();
    return this.blanks!;
  }
  get fillerFields(): readonly string[] {
    if (this.fillers === null) this.classifyAll();
    return this.fillers!;
  }
  /** Every field's kind at once, by slot: the record-wide rules ask about all of them anyway. */
  private classifyAll(): void {
    let blanks: string[] | null = null;
    let fillers: string[] | null = null;
    const names = this.profile.fieldNames;
    for (let i = 0; i < this.size; i++) {
      const k = this.kindAt(i);
      if (k === BLANK) (blanks ??= []).push(names[i]!);
      else if (k === FILLER) (fillers ??= []).push(names[i]!);
    }
    this.blanks = blanks ?? NO_FIELDS;
    this.fillers = fillers ?? NO_FIELDS;
  }
  raw(field: string): unknown {
    const i = this.slots.get(field);
    return i === undefined ? undefined : this.raws[i];
  }
  text(field: string): string {
    const i = this.slots.get(field);
    return i === undefined ? '' : this.textAt(i);
  }
  textAt(i: number): string {
    let t = this.texts[i];
    if (t === undefined) {
      t = toText(this.raws[i]);
      this.texts[i] = t;
    }
    return t;
  }
  parsed<T>(field: string): T | typeof NO_VALUE | undefined {
    const i = this.slots.get(field);
    if (i === undefined) return undefined;
    const p = this.parses[i];
    return (p === UNPARSED ? this.parseAt(i) : p) as T;
  }
  private parseAt(i: number): unknown {
    let p: unknown;
    if (this.kindAt(i) !== VALUE) p = NO_VALUE;
    else {
      const parse = this.profile.fields[i]!.type.parse;
      p = parse ? parse(this.textAt(i), this.raws[i]) : this.textAt(i);
    }
    this.parses[i] = p;
    return p;
  }
  present(field: string): boolean {
    const i = this.slots.get(field);
    if (i === undefined) return false;
    const k = this.kindAt(i);
    // A value too long to judge is there, but no rule can read it: the engine reports it (input.value-too-long).
    return k !== BLANK && k !== TOO_LONG;
  }
  /** The fields whose value is over `MAX_VALUE_CHARS`, by slot (null for none, the usual case). */
  tooLongSlots(): number[] | null {
    let out: number[] | null = null;
    for (let i = 0; i < this.size; i++) if (this.kindAt(i) === TOO_LONG) (out ??= []).push(i);
    return out;
  }
  filler(field: string): boolean {
    const i = this.slots.get(field);
    return i !== undefined && this.kindAt(i) === FILLER;
  }
  required(field: string): boolean {
    const i = this.slots.get(field);
    return i !== undefined && this.profile.fields[i]!.required;
  }
  get multiColumnFields(): readonly string[] {
    return this.plan.multiFields;
  }
  alternatives(field: string): readonly FieldAlternative[] {
    const multi = this.plan.multiSlots;
    if (multi === null) return NO_ALTERNATIVES;
    const i = this.slots.get(field);
    const own = i === undefined ? undefined : multi[i];
    if (own === undefined) return NO_ALTERNATIVES;
    const placeholders = this.profile.fields[i!]!.placeholders;
    const chosen = this.chosenPairs[i!];
    let out: FieldAlternative[] | null = null;
    for (let n = 0; n < own.length; n++) {
      const j = own[n]!;
      // The chosen column is the field's own value (loadRecord, ADR 0012); the other non-blank ones are
      // alternatives, unless they hold no value to compare: a filler ("N/A") or a value too long to be read.
      if (j === chosen) continue;
      const raw = this.columnRaws[j];
      const text = toText(raw);
      if (isBlank(text) || text.length > MAX_VALUE_CHARS || (placeholders && this.profile.isFiller(text))) continue;
      (out ??= []).push({ column: this.columnNames[this.plan.pairs[2 * j]!]!, text, raw });
    }
    return out ?? NO_ALTERNATIVES;
  }
  column(field: string): string | undefined {
    const i = this.slots.get(field);
    if (i === undefined) return undefined;
    const pairs = this.plan.pairs;
    const own = this.plan.multiSlots?.[i];
    if (own === undefined) {
      for (let p = 0; p < pairs.length; p += 2) if (pairs[p + 1] === i) return this.columnNames[pairs[p]!];
      return undefined;
    }
    return this.columnNames[pairs[2 * this.chosenPairs[i]!]!];
  }
  sameValue(field: string, a: FieldValueText, b: FieldValueText): boolean | null {
    const i = this.slots.get(field);
    if (i === undefined) return null;
    const type = this.profile.fields[i]!.type;
    const key = type.conflictKey;
    if (key === undefined) return null;
    // The same cell copied to both columns, the usual case: the same value, without parsing it twice.
    if (a.raw === b.raw && a.text === b.text) return true;
    const ka = key(a.text, a.raw);
    if (ka === null) return null;
    const kb = key(b.text, b.raw);
    if (kb === null) return null;
    return ka === kb || (type.sameConflictKey !== undefined && type.sameConflictKey(ka, kb));
  }
}

/**
 * Runs a compiled profile's rules over one record and scores it. Never throws: a record that is not an object
 * becomes an `input.not-object` issue, and a rule that throws becomes an `internal.rule-failed` issue.
 */
export function evaluate(record: unknown, profile: CompiledProfile, options: EvaluateOptions): RecordReport {
  return withRecordContext(profile, options.asOf, (ctx) => evaluateWith(ctx, record, profile, options));
}

/**
 * Runs `fn` with the profile's reusable record context, reset for a new record. A rule that itself calls evaluate
 * (re-entry) gets a fresh context instead of the shared one.
 */
function withRecordContext<T>(profile: CompiledProfile, asOf: Day, fn: (ctx: RecordContext) => T): T {
  const cache = engineCache(profile);
  let ctx = cache.context;
  if (ctx === undefined || ctx.busy) {
    const fresh = new RecordContext(profile, asOf);
    if (ctx === undefined) cache.context = fresh;
    ctx = fresh;
  } else ctx.reset(asOf);
  ctx.busy = true;
  try {
    return fn(ctx);
  } finally {
    ctx.busy = false;
  }
}

// Map columns to fields. With several columns for one field (e.g. both `so_cmnd` and `so_cccd`), the first
// non-blank one wins in the profile's order of preference (`columnRank`), not the file's column order: a record
// holding its old CMND beside its CCCD is judged on the CCCD.
// The other non-blank columns of such a field are kept for `ctx.alternatives` (rule field.conflict), only for column
// lists where some field has several columns: the usual record pays two stores and a test.
function loadRecord(ctx: RecordContext, record: Record<string, unknown>, profile: CompiledProfile): void {
  const columns = Object.keys(record);
  const planned = columnPlan(profile, columns);
  const plan = planned.pairs;
  ctx.plan = planned;
  ctx.columnNames = columns;
  if (planned.multiSlots !== null || planned.values !== null) return loadEveryColumn(ctx, record, columns, planned);
  for (let p = 0; p < plan.length; p += 2) {
    const i = plan[p + 1]!;
    if (ctx.raws[i] === undefined || isBlank(ctx.textAt(i))) {
      ctx.raws[i] = record[columns[plan[p]!]!];
      ctx.texts[i] = undefined;
      ctx.kinds[i] = UNKNOWN;
    }
  }
}

/**
 * loadRecord's choice, the same, keeping every mapped column's value too (each read once). A pair with a value of
 * its own (`ColumnPlan.values`) gives that value when its column holds one, and nothing when it is blank or a filler;
 * a pair of parts gives their texts joined.
 */
function loadEveryColumn(ctx: RecordContext, record: Record<string, unknown>, columns: string[], planned: ColumnPlan): void {
  const plan = planned.pairs;
  const values = planned.values;
  const seen = ctx.columnRaws;
  seen.length = plan.length >> 1;
  for (let p = 0; p < plan.length; p += 2) {
    const i = plan[p + 1]!;
    let value = record[columns[plan[p]!]!];
    const derived = values === null ? undefined : values[p >> 1];
    if (typeof derived === 'string') value = holdsValue(ctx.profile, toText(value)) ? derived : '';
    else if (derived !== undefined) value = joinedParts(record, columns, derived);
    seen[p >> 1] = value;
    if (ctx.raws[i] === undefined || isBlank(ctx.textAt(i))) {
      ctx.chosenPairs[i] = p >> 1;
      ctx.raws[i] = value;
      ctx.texts[i] = undefined;
      ctx.kinds[i] = UNKNOWN;
    }
  }
}

/**
 * Hands `fn` the context of one record (its fields mapped and parsed on demand) without running any rule: for a
 * first pass that only gathers dataset-level state. Records that are not objects are skipped.
 */
export function observeRecord(record: unknown, profile: CompiledProfile, asOf: Day, fn: (ctx: RuleContext) => void): void {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return;
  let columns: Record<string, unknown>;
  try {
    columns = columnsOf(record);
  } catch {
    return; // evaluate reports it as input.unreadable
  }
  withRecordContext(profile, asOf, (ctx) => {
    loadRecord(ctx, columns, profile);
    fn(ctx);
  });
}

/**
 * The record's columns as a plain object. A Map holds them as entries; an ORM entity or class instance (Mongoose,
 * Sequelize, a class with `get` accessors) behind its prototype, where `Object.keys` sees nothing: it gives them
 * up through `toJSON`, as it does to `JSON.stringify`, or else through its accessors.
 */
function columnsOf(record: object): Record<string, unknown> {
  if (record instanceof Map) return Object.fromEntries(record);
  const proto: unknown = Object.getPrototypeOf(record);
  if (proto === Object.prototype || proto === null) return record as Record<string, unknown>;
  const toJSON = (record as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    const plain: unknown = toJSON.call(record);
    if (plain !== null && typeof plain === 'object' && !Array.isArray(plain)) return plain as Record<string, unknown>;
  }
  const out: Record<string, unknown> = Object.create(null);
  for (let p = proto; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
      if (d.get && !(name in out)) out[name] = (record as Record<string, unknown>)[name];
    }
  }
  return Object.assign(out, record);
}

/** What the engine keeps per compiled profile between records: the reusable context and the recent column plans. */
interface EngineCache {
  context: RecordContext | undefined;
  /** The last few column lists seen and their plans, most recent first (at most `PLANS_KEPT`). */
  plans: { columns: string[]; plan: ColumnPlan }[];
}

/**
 * How many column lists keep their plan. A file has one; a service gate sees a few (records with or without their
 * optional keys, a second column for the ID), and rebuilding a plan each time the list changed cost a record
 * several microseconds.
 */
const PLANS_KEPT = 8;

/** How one column list maps to the profile's fields, computed once per column list. */
interface ColumnPlan {
  /** Pairs (column position, field slot) of the mapped columns, in order of preference: rank, then file order. */
  readonly pairs: Int32Array;
  /** The fields more than one column maps to, in profile order (a shared empty array for none, the usual case). */
  readonly multiFields: readonly string[];
  /**
   * By field slot, for a field with several columns: the indexes of its pairs (pair j is `pairs[2j]`, `pairs[2j+1]`)
   * in order of preference. Null when every field has at most one column.
   */
  readonly multiSlots: readonly (Int32Array | undefined)[] | null;
  /**
   * By pair index, what a pair gives its field other than its column's value, undefined for a pair that gives that
   * value: the value it gives when its column is filled (a field spec's `impliedBy`: the sex of a "Ngày sinh (Nữ)"
   * column), or the parts it joins (a field spec's `parts`: "Ngày | Tháng | Năm"). Null when no pair has either.
   */
  readonly values: readonly (string | JoinedParts | undefined)[] | null;
}

/**
 * The columns of a field's parts, by position in the record's column list, in the parts' order (-1 for an optional
 * part the list lacks), their separator, and whether a blank part is left out.
 */
interface JoinedParts {
  readonly columns: Int32Array;
  readonly separator: string;
  readonly skipBlank: boolean;
}

/**
 * The parts' texts, trimmed, joined: blank when every part is, so that the field is missing, not "//". A blank part
 * keeps its place (a date's day: "/03/1985", for the parser to refuse) unless the parts skip blanks (a name).
 */
function joinedParts(record: Record<string, unknown>, columns: string[], parts: JoinedParts): string {
  let joined = '';
  let blank = true;
  let first = true;
  for (let n = 0; n < parts.columns.length; n++) {
    const at = parts.columns[n]!;
    if (at < 0) continue;
    const text = toText(record[columns[at]!]).trim();
    const empty = isBlank(text);
    if (!empty) blank = false;
    if (empty && parts.skipBlank) continue;
    joined = first ? text : joined + parts.separator + text;
    first = false;
  }
  return blank ? '' : joined;
}

const EMPTY_PLAN: ColumnPlan = Object.freeze({ pairs: new Int32Array(0), multiFields: NO_FIELDS, multiSlots: null, values: null });

const ENGINE_CACHE = Symbol('ddss.engine-cache');

// Kept on the profile object itself: a WeakMap lookup per record was a measurable share of the time.
function engineCache(profile: CompiledProfile): EngineCache {
  const holder = profile as CompiledProfile & { [ENGINE_CACHE]?: EngineCache };
  return (holder[ENGINE_CACHE] ??= { context: undefined, plans: [] });
}

function evaluateWith(ctx: RecordContext, record: unknown, profile: CompiledProfile, options: EvaluateOptions): RecordReport {
  const lang = options.lang ?? 'vi';
  const mask = options.mask ?? true;
  const issues: Issue[] = [];
  const weights: number[] = [];
  const fixed: Record<string, string> = {};
  const out: IssueSink = { issues, weights, fixed, ctx, profile, lang, mask, rawFixed: options.rawFixed };
  if (options.inputIssues) {
    for (const issue of options.inputIssues) {
      issues.push(issue);
      weights.push(1);
    }
  }

  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    // A record the reader could not make anything of already has its input issue (e.g. an unparsable JSON line).
    if (!options.inputIssues || options.inputIssues.length === 0) inputIssue(out, 'input.not-object', 'record', ENGINE_MESSAGES.notObject(describe(record)));
    return unreadReport(out, options);
  }

  try {
    loadRecord(ctx, columnsOf(record), profile);
  } catch (error) {
    // A getter or proxy trap that throws: the record cannot be read, which is a finding about it, not a crash.
    inputIssue(out, 'input.unreadable', 'record', ENGINE_MESSAGES.unreadable(error instanceof Error ? error.name : typeof error));
    return unreadReport(out, options);
  }

  if (options.filled) {
    for (let i = 0; i < profile.fields.length; i++) if (ctx.kindAt(i) !== BLANK) options.filled.push(profile.fields[i]!.name);
  }

  for (const active of profile.rules) {
    const rule = active.rule;
    let result: Finding | readonly Finding[] | null | undefined;
    try {
      result = rule.check(ctx);
    } catch (error) {
      internalFailure(out, rule, error);
      continue;
    }
    if (result == null) continue;
    const findings = isFindingList(result) ? result : [result];
    for (const finding of findings) addFinding(out, rule, active.severity, active.weight, finding);
  }
  const tooLong = ctx.tooLongSlots();
  if (tooLong !== null) {
    for (const i of tooLong) inputIssue(out, 'input.value-too-long', profile.fields[i]!.name, ENGINE_MESSAGES.valueTooLong(ctx.textAt(i).length, MAX_VALUE_CHARS));
  }
  if (options.afterRules) {
    try {
      const extra = options.afterRules(ctx);
      if (extra) for (const { source, finding } of extra) addFinding(out, source, source.severity, 1, finding);
    } catch (error) {
      internalFailure(out, { id: 'afterRules', dimension: 'clean', fields: [] }, error);
    }
  }
  if (options.groups) for (const g of profile.groupings) options.groups[g.id] = groupKey(g, ctx);
  appendDatasetIssues(out, options);
  let key = profile.keyIndex >= 0 ? ctx.textAt(profile.keyIndex) : '';
  // A key is shown as it is, unless its field type masks it (a personal ID used as the record's key).
  const keyMask = profile.keyIndex >= 0 ? profile.fields[profile.keyIndex]!.type.mask : undefined;
  if (mask && keyMask && key !== '') key = keyMask(key);
  return finish(options.row, key === '' ? undefined : key, issues, weights, fixed, profile, options.reportPrototype);
}

// A grouping that throws or answers nothing leaves the record unplaced: a breakdown never costs a report.
function groupKey(grouping: Grouping, ctx: RuleContext): string {
  try {
    const key = grouping.key(ctx);
    return typeof key === 'string' && key !== '' ? key : UNKNOWN_GROUP;
  } catch {
    return UNKNOWN_GROUP;
  }
}

// Records of one input share their columns: remember the recent column lists' plans per profile, so the common case
// costs one comparison per column instead of a lookup.
function columnPlan(profile: CompiledProfile, columns: string[]): ColumnPlan {
  const plans = engineCache(profile).plans;
  for (let n = 0; n < plans.length; n++) {
    const kept = plans[n]!;
    if (!sameColumns(kept.columns, columns)) continue;
    if (n > 0) {
      plans.splice(n, 1);
      plans.unshift(kept);
    }
    return kept.plan;
  }
  const plan = buildColumnPlan(profile, columns);
  plans.unshift({ columns, plan });
  if (plans.length > PLANS_KEPT) plans.pop();
  return plan;
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function buildColumnPlan(profile: CompiledProfile, columns: string[]): ColumnPlan {
  // Pairs (column position, field slot) of the mapped columns, in order of preference: rank, then file order.
  // A column may also give a field a value by being filled (`impliedBy`): a pair of its own, with that value. The
  // parts of a field (`parts`) make one pair, at the first of their columns, that joins them.
  const mapped: { k: number; slot: number; rank: number; value: string | JoinedParts | undefined }[] = [];
  const meanings = profile.mapColumns(columns);
  const parts = new Map<string, { k: number; rank: number; columns: Int32Array; separator: string; skipBlank: boolean }>();
  for (let k = 0; k < columns.length; k++) {
    const { field, rank, implied, part } = meanings[k]!;
    if (field !== null) mapped.push({ k, slot: profile.fieldIndex.get(field)!, rank, value: undefined });
    if (implied !== null) mapped.push({ k, slot: profile.fieldIndex.get(implied.field)!, rank: IMPLIED_RANK, value: implied.value });
    if (part !== null) {
      const joined = parts.get(part.field) ?? parts.set(part.field, { k, rank: part.rank, columns: new Int32Array(part.count).fill(-1), separator: part.separator, skipBlank: part.skipBlank }).get(part.field)!;
      if (joined.columns[part.index] === -1) joined.columns[part.index] = k; // a part named twice: the first
    }
  }
  for (const [field, { k, rank, columns: partColumns, separator, skipBlank }] of parts) mapped.push({ k, slot: profile.fieldIndex.get(field)!, rank, value: { columns: partColumns, separator, skipBlank } });
  mapped.sort((a, b) => a.rank - b.rank || a.k - b.k);
  const pairs = new Int32Array(mapped.length * 2);
  const columnsOfSlot = new Int32Array(profile.fields.length);
  mapped.forEach((m, j) => {
    pairs[2 * j] = m.k;
    pairs[2 * j + 1] = m.slot;
    columnsOfSlot[m.slot]!++;
  });
  const values = mapped.some((m) => m.value !== undefined) ? mapped.map((m) => m.value) : null;
  // Fields with several columns (so_dinh_danh and cccd): which, decided here once, so that a record pays nothing for it.
  let multiSlots: (Int32Array | undefined)[] | null = null;
  let multiFields: string[] | null = null;
  for (let slot = 0; slot < columnsOfSlot.length; slot++) {
    if (columnsOfSlot[slot]! < 2) continue;
    const own = new Int32Array(columnsOfSlot[slot]!);
    for (let j = 0, n = 0; j < mapped.length; j++) if (mapped[j]!.slot === slot) own[n++] = j;
    (multiSlots ??= new Array<Int32Array | undefined>(columnsOfSlot.length).fill(undefined))[slot] = own;
    (multiFields ??= []).push(profile.fields[slot]!.name);
  }
  return { pairs, multiFields: multiFields === null ? NO_FIELDS : Object.freeze(multiFields), multiSlots, values };
}

function finish(
  row: number,
  key: string | undefined,
  issues: Issue[],
  weights: number[],
  fixed: Record<string, string>,
  profile: CompiledProfile,
  prototype: object | undefined,
): RecordReport {
  const { score, dimensions, verdict } = scoreIssues(issues, weights, profile.weights);
  if (prototype !== undefined) {
    // Built on the caller's prototype from the start: Object.setPrototypeOf afterwards cost ~75 ns a report, this ~2.
    const report = Object.create(prototype) as RecordReport;
    report.row = row;
    if (key !== undefined) report.key = key;
    report.score = score;
    report.verdict = verdict;
    report.dimensions = dimensions;
    report.issues = issues;
    report.fixed = fixed;
    return report;
  }
  // Key order follows the documented report contract: row, key, score, verdict, dimensions, issues, fixed.
  return key === undefined
    ? { row, score, verdict, dimensions, issues, fixed }
    : { row, key, score, verdict, dimensions, issues, fixed };
}

/**
 * The finding's params with its personal ones masked by their fields' masks (checked by `personalProblem` to be fields
 * of the profile). A field type without a mask holds no personal data (an issue date, an update stamp): its values
 * are shown as they are, in messages as in the issue's `value`.
 */
function maskParams(finding: Finding, profile: CompiledProfile): Record<string, string | number> {
  const params = { ...finding.params };
  for (const [param, field] of Object.entries(finding.personal!)) {
    if (params[param] === undefined) continue;
    const maskFn = profile.fields[profile.fieldIndex.get(field)!]!.type.mask;
    if (maskFn) params[param] = maskFn(String(params[param]));
  }
  return params;
}

/** Where findings become issues: the record's issue list, the weights that score them, and the fixes. */
interface IssueSink {
  issues: Issue[];
  weights: number[];
  fixed: Record<string, string>;
  ctx: RecordContext;
  profile: CompiledProfile;
  lang: Lang;
  mask: boolean;
  rawFixed: Record<string, string> | undefined;
}

function addFinding(out: IssueSink, source: FindingSource, severity: Issue['severity'], weight: number, finding: Finding): void {
  const { profile, ctx, lang, mask } = out;
  try {
    // A custom rule's finding is checked before it counts: a string returned as a finding, a severity no verdict
    // knows ("warn": score NaN, verdict pass) or a personal param left unmasked would each pass a record silently.
    // Only typeof checks here, on every finding; the personal params are looked at only when there are some.
    const problem = findingProblem(finding);
    if (problem !== null) return malformedFinding(out, source, problem);
    if (finding.personal !== undefined) {
      const personal = personalProblem(finding.personal, profile);
      if (personal !== null) return malformedFinding(out, source, personal);
    }
    const field = finding.field ?? source.fields[0] ?? 'record';
    const variant = finding.message ?? 'default';
    const template = source.messages[variant] ?? source.messages.default!;
    const message: unknown = template[lang](mask && finding.personal ? maskParams(finding, profile) : finding.params ?? EMPTY_PARAMS);
    if (typeof message !== 'string') {
      return malformedFinding(out, source, FINDING_PROBLEMS.messageNotText(source.messages[variant] ? variant : 'default', lang, kindOf(message)));
    }
    const fieldIndex = profile.fieldIndex.get(field);
    const maskFn = mask && fieldIndex !== undefined ? profile.fields[fieldIndex]!.type.mask : undefined;
    const rawValue = finding.value !== undefined ? finding.value : fieldIndex !== undefined ? ctx.textAt(fieldIndex) : null;
    const fix = finding.fix ?? null;
    const issue: Issue = {
      rule: source.id,
      dimension: source.dimension,
      severity: finding.severity ?? severity,
      field,
      message,
      value: rawValue === null ? null : maskFn ? maskFn(rawValue) : rawValue,
      fix: fix === null ? null : maskFn ? maskFn(fix) : fix,
    };
    if (finding.related !== undefined) issue.related = finding.related;
    out.issues.push(issue);
    out.weights.push(weight);
    if (fix !== null && fieldIndex !== undefined && !Object.hasOwn(out.fixed, field)) {
      out.fixed[field] = maskFn ? maskFn(fix) : fix;
      if (out.rawFixed) out.rawFixed[field] = fix;
    }
  } catch (error) {
    internalFailure(out, source, error);
  }
}

/** Why a finding cannot become an issue, in both languages; never quoting a value, which may be personal data. */
const FINDING_PROBLEMS = Object.freeze({
  notAFinding: (got: LocalizedText): LocalizedText => ({
    vi: `hàm check trả về ${got.vi}, không phải kết quả (một đối tượng), danh sách kết quả, null hay undefined`,
    en: `check returned ${got.en}, not a finding (an object), a list of findings, null or undefined`,
  }),
  promise: {
    vi: 'hàm check trả về một Promise: check phải chạy đồng bộ, một hàm async không được chờ',
    en: 'check returned a Promise: a check must be synchronous, an async one is not awaited',
  } satisfies LocalizedText,
  // A severity is not quoted even when a string: a rule might have computed it from the record.
  severity: (got: LocalizedText | null): LocalizedText => ({
    vi: `severity của kết quả phải là "error", "warning" hoặc "info"${got === null ? '' : `, nhận được ${got.vi}`}`,
    en: `a finding's severity must be "error", "warning" or "info"${got === null ? '' : `, got ${got.en}`}`,
  }),
  notText: (key: string, got: LocalizedText): LocalizedText => ({
    vi: `${key} của kết quả phải là chuỗi, nhận được ${got.vi}`,
    en: `a finding's ${key} must be a string, got ${got.en}`,
  }),
  personalNotObject: (got: LocalizedText): LocalizedText => ({
    vi: `personal của kết quả phải là đối tượng { tham số: trường }, nhận được ${got.vi}`,
    en: `a finding's personal must be an object { param: field }, got ${got.en}`,
  }),
  personalField: (param: string, field: LocalizedText): LocalizedText => ({
    vi: `tham số cá nhân ${param} gắn với ${field.vi}, không phải một trường của hồ sơ, nên không che được`,
    en: `personal param ${param} names ${field.en}, which is not a field of the profile, so it could not be masked`,
  }),
  messageNotText: (variant: string, lang: Lang, got: LocalizedText): LocalizedText => ({
    vi: `mẫu thông báo ${JSON.stringify(variant)} (${lang}) trả về ${got.vi}, không phải chuỗi`,
    en: `message template ${JSON.stringify(variant)} (${lang}) returned ${got.en}, not a string`,
  }),
});

/** What is wrong with a finding's own shape, or null; typeof checks only, since every finding pays for them. */
function findingProblem(finding: unknown): LocalizedText | null {
  if (typeof finding !== 'object' || finding === null || Array.isArray(finding)) return FINDING_PROBLEMS.notAFinding(kindOf(finding));
  if (finding instanceof Promise) {
    // Marked handled: an async check that rejects would otherwise crash the process with an unhandled rejection.
    finding.catch(() => {});
    return FINDING_PROBLEMS.promise;
  }
  const f = finding as Finding;
  const severity = f.severity;
  if (severity !== undefined && severity !== 'error' && severity !== 'warning' && severity !== 'info') return FINDING_PROBLEMS.severity(typeof severity === 'string' ? null : kindOf(severity));
  if (f.field !== undefined && typeof f.field !== 'string') return FINDING_PROBLEMS.notText('field', kindOf(f.field));
  if (f.message !== undefined && typeof f.message !== 'string') return FINDING_PROBLEMS.notText('message', kindOf(f.message));
  if (f.fix != null && typeof f.fix !== 'string') return FINDING_PROBLEMS.notText('fix', kindOf(f.fix));
  if (f.value != null && typeof f.value !== 'string') return FINDING_PROBLEMS.notText('value', kindOf(f.value));
  return null;
}

/** Whether every personal param names a field of the profile (whose mask, if it has one, hides it). */
function personalProblem(personal: unknown, profile: CompiledProfile): LocalizedText | null {
  if (typeof personal !== 'object' || personal === null || Array.isArray(personal)) return FINDING_PROBLEMS.personalNotObject(kindOf(personal));
  for (const [param, field] of Object.entries(personal)) {
    // The names are the rule's own identifiers, not record data: quoted, so the author can find them.
    if (typeof field !== 'string' || !profile.fieldIndex.has(field)) {
      const named = typeof field === 'string' ? { vi: JSON.stringify(field), en: JSON.stringify(field) } : kindOf(field);
      return FINDING_PROBLEMS.personalField(JSON.stringify(param), named);
    }
  }
  return null;
}

const KINDS: Readonly<Record<string, LocalizedText>> = Object.freeze({
  null: { vi: 'null', en: 'null' },
  undefined: { vi: 'undefined', en: 'undefined' },
  array: { vi: 'một mảng', en: 'an array' },
  promise: { vi: 'một Promise', en: 'a Promise' },
  object: { vi: 'một đối tượng', en: 'an object' },
  string: { vi: 'một chuỗi', en: 'a string' },
  number: { vi: 'một số', en: 'a number' },
  bigint: { vi: 'một số bigint', en: 'a bigint' },
  boolean: { vi: 'một giá trị boolean', en: 'a boolean' },
  symbol: { vi: 'một symbol', en: 'a symbol' },
  function: { vi: 'một hàm', en: 'a function' },
});

/** The kind of a value, for a message: its type, never its content. */
function kindOf(value: unknown): LocalizedText {
  if (value === null) return KINDS.null!;
  if (Array.isArray(value)) return KINDS.array!;
  if (value instanceof Promise) return KINDS.promise!;
  return KINDS[typeof value]!;
}

/**
 * A finding that cannot become an issue is the rule's failure, reported as one that throws is (the record was not
 * fully checked), with what was wrong: the engine's own words, which quote nothing of the record, so they are
 * shown masked too.
 */
function malformedFinding(out: IssueSink, source: Pick<FindingSource, 'id' | 'dimension' | 'fields'>, problem: LocalizedText): void {
  out.issues.push({
    rule: 'internal.rule-failed',
    dimension: source.dimension,
    severity: 'error',
    field: source.fields[0] ?? 'record',
    message: ENGINE_MESSAGES.ruleFailed(source.id, problem[out.lang])[out.lang],
    value: null,
    fix: null,
  });
  out.weights.push(1);
}

/** The report of a record with nothing to read: its input issues alone, and no place in the breakdowns. */
function unreadReport(out: IssueSink, options: EvaluateOptions): RecordReport {
  if (options.groups) for (const g of out.profile.groupings) options.groups[g.id] = UNKNOWN_GROUP;
  appendDatasetIssues(out, options);
  return finish(options.row, undefined, out.issues, out.weights, out.fixed, out.profile, options.reportPrototype);
}

/** The dataset issues come last, once the score without them is taken for whoever asked (a shard's merge). */
function appendDatasetIssues(out: IssueSink, options: EvaluateOptions): void {
  const before = out.issues.length;
  if (options.datasetIssues) {
    for (const issue of options.datasetIssues) {
      out.issues.push(issue);
      out.weights.push(1);
    }
  }
  options.onScoreBase?.(scoreBase(out.issues, out.weights, before));
}

/** An issue the engine raises about the input itself, not its content: an error against `correct`, weighing 1. */
function inputIssue(out: IssueSink, rule: string, field: string, message: LocalizedText): void {
  out.issues.push({ rule, dimension: 'correct', severity: 'error', field, message: message[out.lang], value: null, fix: null });
  out.weights.push(1);
}

/**
 * A rule that throws (or whose message fails) becomes an error on the record, never a crash: the record was not
 * fully checked, so a gate must not let it through. The exception's text is shown only unmasked: it may quote
 * the values the rule was reading.
 */
function internalFailure(out: IssueSink, source: Pick<FindingSource, 'id' | 'dimension' | 'fields'>, error: unknown): void {
  const reason = out.mask ? null : error instanceof Error ? error.message : String(error);
  out.issues.push({
    rule: 'internal.rule-failed',
    dimension: source.dimension,
    severity: 'error',
    field: source.fields[0] ?? 'record',
    message: ENGINE_MESSAGES.ruleFailed(source.id, reason)[out.lang],
    value: null,
    fix: null,
  });
  out.weights.push(1);
}

function isFindingList(x: Finding | readonly Finding[]): x is readonly Finding[] {
  return Array.isArray(x);
}

/** A raw cell as text: strings as they are, numbers and booleans printed, Dates as ISO, anything else JSON. */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return dateText(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

const DAY_MS = 86_400_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A Date as text. Date-only values arrive as midnight: UTC from spreadsheets (XLSX), local time from database
 * drivers (a SQL DATE read in Hà Nội is 17:00 UTC the day before). Either midnight is read as that calendar day;
 * any other instant stays a full ISO timestamp. An invalid Date is kept visible, so that it is reported as unreadable,
 * not as missing.
 */
function dateText(value: Date): string {
  const t = value.getTime();
  if (Number.isNaN(t)) return 'Invalid Date';
  if (t % DAY_MS === 0) return value.toISOString().slice(0, 10);
  if (value.getHours() === 0 && value.getMinutes() === 0 && value.getSeconds() === 0 && value.getMilliseconds() === 0) {
    return `${String(value.getFullYear()).padStart(4, '0')}-${pad2(value.getMonth() + 1)}-${pad2(value.getDate())}`;
  }
  return value.toISOString();
}

/** Marks that tick a column of a form: filled, though "x" alone is a filler elsewhere ("x" for an unknown ID). */
const TICKS: ReadonlySet<string> = new Set(['x', 'X', 'v', 'V', '✓', '✔', '☑', '☒']);

/**
 * Whether a column that gives a value by being filled (`impliedBy`) is filled: a tick, or any value that is not
 * blank and not a filler, which is how such a column is left unticked ("-", "0") as often as empty.
 */
function holdsValue(profile: CompiledProfile, text: string): boolean {
  if (isBlank(text)) return false;
  return TICKS.has(text.trim()) || !profile.isFiller(text);
}

/** Blank: empty, or only whitespace (including non-breaking and zero-width spaces). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && c !== 0x200b && c !== 0xfeff && c !== 0x3000 && c !== 0x202f) return false;
  }
  return true;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
