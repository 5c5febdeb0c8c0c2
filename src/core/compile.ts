import { deepFreeze, parseProfileSpec, ProfileError, type ProfileSpec, type ProfileSpecInput, type RuleSetting } from './profile';
import { columnMeaning, labelledColumnTable, meaningField, resolveMeanings, type ColumnMeaning } from './columnMeaning';
import type { DatasetCheck } from './dataset';
import type { Grouping } from './grouping';
import { ruleShapeProblem, type Rule, type RuleOption } from './rule';
import type { Dimension, Severity } from './types';

/** How values of one field type are parsed (once per record) and masked for display. */
export interface FieldType {
  /** Parses the raw value; the result is handed to every rule that reads the field. */
  parse?: (text: string, raw: unknown) => unknown;
  /** Masks a value for display. Absent: the value is shown as it is (not personal data). */
  mask?: (text: string) => string;
  /**
   * The identity of a value, for telling whether two columns mapped to one field disagree (rule `field.conflict`,
   * `RuleContext.sameValue`): the value normalised (an ID's 12 digits, a date's ISO form), or null when it cannot be
   * compared (unreadable, or of a kind that may rightly differ from the other column's: a 9-digit CMND beside a
   * CCCD). Absent: the field's columns are never compared (a mobile and a landline, a permanent and a current address).
   */
  conflictKey?: (text: string, raw: unknown) => string | null;
  /**
   * Whether two different keys still name one value (a name copied without its diacritics, a year alone beside a
   * full date in it). Absent: only equal keys do.
   */
  sameConflictKey?: (a: string, b: string) => boolean;
}

/** What a profile is compiled against: the rules and field types it may name. */
export interface Catalogue {
  rules: ReadonlyMap<string, Rule>;
  fieldTypes: Readonly<Record<string, FieldType>>;
  /** Turns a column name into the form aliases are compared in (e.g. lower case, no diacritics, no separators). */
  normalizeColumnName: (name: string) => string;
  /** Dataset-level checks a profile may name among its rules (duplicates across records and the like). */
  datasetChecks?: ReadonlyMap<string, DatasetCheck>;
  /** Breakdowns the summary keeps (by province …) for every profile that has the fields they read. */
  groupings?: readonly Grouping[];
  /** Whether a non-blank value is a filler that means "no value" ("N/A", "-" …); such values are never parsed. */
  isFiller?: (text: string) => boolean;
}

export interface CompiledField {
  name: string;
  index: number;
  required: boolean;
  type: FieldType;
  /** Whether the catalogue's fillers count as no value in this field (the field spec's `placeholders`). */
  placeholders: boolean;
}

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  weight: number;
}

export interface CompiledProfile {
  spec: ProfileSpec;
  fields: readonly CompiledField[];
  fieldNames: readonly string[];
  fieldIndex: ReadonlyMap<string, number>;
  rules: readonly ActiveRule[];
  /** The dataset-level checks the profile names, whose fields it has. */
  datasetChecks: readonly DatasetCheck[];
  /** The catalogue's groupings whose fields the profile has. */
  groupings: readonly Grouping[];
  weights: Readonly<Record<Dimension, number>>;
  keyIndex: number;
  /** The field a column name maps to, or null. Cached: column names repeat on every record. */
  fieldForColumn(column: string): string | null;
  /**
   * When several columns map to one field, which one counts: the lowest rank that is not blank. A column mapped by
   * the caller ranks first (-1); then by the position of its name in the field's aliases (the field's own name 0),
   * so that a profile lists the preferred source first ("so_cccd" before "so_cmnd").
   */
  columnRank(column: string): number;
  /**
   * What each column of one list of columns gives the fields, by position. The same as `fieldForColumn` and
   * `columnRank` column by column, except for labelled columns, which count only with their partners: those of a
   * field's `impliedBy` when the list holds columns for at least two of its values ("Nam" and "Nữ"), those of its
   * `parts` when it holds every part ("Ngày", "Tháng", "Năm"). Otherwise they give nothing.
   */
  mapColumns(columns: readonly string[]): ColumnMeaning[];
  normalizeColumnName: (name: string) => string;
  isFiller: (text: string) => boolean;
}

const NEVER_FILLER = (): boolean => false;

/**
 * Checks a profile against a catalogue and prepares it for fast evaluation. Rules whose fields the profile
 * does not have are left out (a profile without `phone` runs no phone rule). A rule (or dataset check) listed more
 * than once runs once, with its last setting, in the place of its first: `[...citizenProfile.rules, { id:
 * 'phone.legacy', enabled: false }]` turns it off.
 *
 * @throws ProfileError when the profile is malformed or names an unknown rule or field type.
 */
export function compileProfile(input: ProfileSpec | ProfileSpecInput | unknown, catalogue: Catalogue, columnOverrides: Readonly<Record<string, string>> | null = {}): CompiledProfile {
  // Frozen: the compiled profile is cached and shared by every caller, and rules see `spec.options` through ctx.
  const spec = deepFreeze(parseProfileSpec(input));
  const fields: CompiledField[] = [];
  const fieldIndex = new Map<string, number>();
  const aliasToField = new Map<string, string>();
  const aliasRank = new Map<string, number>();
  for (const [name, f] of Object.entries(spec.fields)) {
    const type = catalogue.fieldTypes[f.type];
    if (!type) throw new ProfileError(`invalid profile at fields.${name}.type: unknown field type "${f.type}"`, `hồ sơ không hợp lệ tại fields.${name}.type: không có kiểu trường "${f.type}"`);
    fieldIndex.set(name, fields.length);
    fields.push({ name, index: fields.length, required: f.required, type, placeholders: f.placeholders });
    [name, ...f.aliases].forEach((alias, rank) => {
      const key = catalogue.normalizeColumnName(alias);
      if (aliasToField.has(key)) return;
      aliasToField.set(key, name);
      aliasRank.set(key, rank);
    });
  }
  const labelledColumns = labelledColumnTable(spec, fieldIndex, aliasToField, catalogue.normalizeColumnName);
  for (const [column, field] of Object.entries(columnOverrides ?? {})) {
    if (!fieldIndex.has(field)) throw new ProfileError(`column "${column}" is mapped to "${field}", which is not a field of profile ${spec.name}`, `cột "${column}" được gán cho "${field}", nhưng hồ sơ ${spec.name} không có trường này`);
  }
  const rules: ActiveRule[] = [];
  const datasetChecks: DatasetCheck[] = [];
  // The options the named rules and checks read, enabled or not: the profile's `options` are checked against them.
  const declaredOptions = new Map<string, RuleOption>();
  for (const [id, setting] of lastSettings(spec.rules)) {
    const check = catalogue.datasetChecks?.get(id);
    if (check) {
      for (const [key, option] of Object.entries(check.options ?? {})) declaredOptions.set(key, option);
      const enabled = typeof setting === 'string' || setting.enabled;
      if (enabled && check.fields.every((f) => fieldIndex.has(f))) datasetChecks.push(check);
      continue;
    }
    const rule = catalogue.rules.get(id);
    if (!rule) throw new ProfileError(`invalid profile at rules: unknown rule "${id}"`, `hồ sơ không hợp lệ tại rules: không có quy tắc "${id}"`);
    for (const [key, option] of Object.entries(rule.options ?? {})) declaredOptions.set(key, option);
    if (typeof setting !== 'string' && !setting.enabled) continue;
    if (!rule.fields.every((f) => f === '*' || fieldIndex.has(f))) continue;
    // A rule that skipped defineRule is checked here, before it can report an unknown severity.
    const problem = ruleShapeProblem(rule);
    if (problem !== null) throw new ProfileError(`invalid rule in the catalogue: ${problem}`, `quy tắc trong danh mục không hợp lệ: ${problem}`);
    rules.push({
      rule,
      severity: (typeof setting !== 'string' && setting.severity) || rule.severity,
      weight: (typeof setting !== 'string' ? setting.weight : undefined) ?? rule.weight ?? 1,
    });
  }
  if (spec.key !== undefined && !fieldIndex.has(spec.key)) throw new ProfileError(`invalid profile at key: "${spec.key}" is not a field`, `hồ sơ không hợp lệ tại key: "${spec.key}" không phải là một trường`);
  checkOptions(spec.options, declaredOptions);

  const overrides = new Map(Object.entries(columnOverrides ?? {}));
  const cache = new Map<string, ColumnMeaning>();
  const meaningOf = (column: string): ColumnMeaning => {
    let hit = cache.get(column);
    if (hit !== undefined) return hit;
    hit = columnMeaning(column, overrides, aliasToField, aliasRank, labelledColumns, catalogue.normalizeColumnName);
    // Bounded: a stream of records with ever-new keys (junk JSON) must not grow memory without limit.
    if (cache.size < 4096) cache.set(column, hit);
    return hit;
  };
  const fieldForColumn = (column: string): string | null => meaningField(meaningOf(column));

  return {
    spec,
    fields,
    fieldNames: fields.map((f) => f.name),
    fieldIndex,
    rules,
    datasetChecks,
    groupings: (catalogue.groupings ?? []).filter((g) => g.fields.every((f) => fieldIndex.has(f))),
    weights: spec.weights,
    keyIndex: spec.key !== undefined ? fieldIndex.get(spec.key)! : -1,
    fieldForColumn,
    columnRank: (column) => meaningOf(column).rank,
    mapColumns: (columns) => resolveMeanings(columns.map(meaningOf)),
    normalizeColumnName: catalogue.normalizeColumnName,
    isFiller: catalogue.isFiller ?? NEVER_FILLER,
  };
}

/**
 * The rule settings by id, the last setting for an id replacing the earlier ones in the place of the first. The
 * natural way to tweak a profile is to append an override to a copy of its rules; running the rule twice (an issue
 * reported twice) or ignoring the override would both surprise its author.
 */
function lastSettings(settings: readonly RuleSetting[]): Map<string, RuleSetting> {
  const byId = new Map<string, RuleSetting>();
  for (const setting of settings) byId.set(typeof setting === 'string' ? setting : setting.id, setting);
  return byId;
}

/**
 * Every key of `options` must be one that a rule named by the profile reads, with a value it accepts: a typo
 * ("stalnessYears") or a string ("10") would otherwise fall back to the default without a word.
 */
function checkOptions(options: ProfileSpec['options'], known: ReadonlyMap<string, RuleOption>): void {
  for (const [key, value] of Object.entries(options)) {
    const option = known.get(key);
    if (!option) {
      const names = [...known.keys()].sort();
      throw new ProfileError(
        `invalid profile at options.${key}: no rule of the profile reads it${names.length > 0 ? ` (known: ${names.join(', ')})` : ''}`,
        `hồ sơ không hợp lệ tại options.${key}: không quy tắc nào của hồ sơ dùng tùy chọn này${names.length > 0 ? ` (các tùy chọn có: ${names.join(', ')})` : ''}`,
      );
    }
    const ok = typeof value === 'number' && Number.isFinite(value) && value >= option.min && (!option.integer || Number.isInteger(value));
    if (!ok) {
      throw new ProfileError(
        `invalid profile at options.${key}: must be a ${option.integer ? 'whole ' : ''}number of at least ${option.min}, got ${JSON.stringify(value)}`,
        `hồ sơ không hợp lệ tại options.${key}: phải là số ${option.integer ? 'nguyên ' : ''}từ ${option.min} trở lên, nhận được ${JSON.stringify(value)}`,
      );
    }
  }
}
