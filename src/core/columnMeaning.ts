import { ProfileError, type FieldSpec, type ProfileSpec } from './profile';

/**
 * What one column of a record gives the profile's fields (`CompiledProfile.mapColumns`). A column named for a field
 * gives it its value. A labelled column, a field's name followed by a label, is what lists split under merged cells
 * have: "Ngày sinh" over "Nam | Nữ" (a field spec's `impliedBy`) or over "Ngày | Tháng | Năm" (its `parts`).
 */
export interface ColumnMeaning {
  /** The field the column's value is read into, or null. */
  readonly field: string | null;
  /** Of several columns of `field`, which one counts: the lowest rank that is not blank (see `columnRank`). */
  readonly rank: number;
  /** The field the column gives a value by being filled, and that value (a field spec's `impliedBy`), or null. */
  readonly implied: { readonly field: string; readonly value: string } | null;
  /** The field the column holds one part of, to be joined with the others (a field spec's `parts`), or null. */
  readonly part: ColumnPart | null;
}

/** One part of a field split over several columns: the day of "Ngày | Tháng | Năm". */
export interface ColumnPart {
  readonly field: string;
  /** Its place among the parts, from 0, and how many parts there are. */
  readonly index: number;
  readonly count: number;
  /** What the parts are joined with ("/" for a date). */
  readonly separator: string;
  /** Whether the list may lack this part, and whether a blank part is left out of the joined text. */
  readonly optional: boolean;
  readonly skipBlank: boolean;
  /** How many parts the list must have: those that are not optional. */
  readonly required: number;
  /** The rank of the joined value among the field's columns: after every column named for the field itself. */
  readonly rank: number;
}

/** A column that maps to nothing. */
export const UNMAPPED: ColumnMeaning = Object.freeze({ field: null, rank: Number.MAX_SAFE_INTEGER, implied: null, part: null });

/**
 * The rank of a column that gives a field its value by being filled: after every column named for the field
 * itself, so that a "Giới tính" column, when there is one, is what the record's sex is read from.
 */
export const IMPLIED_RANK = 1_000_000;

/** The field a column is named for in the summary's column mapping: its own, the one it implies, or the one it is part of. */
export function meaningField(meaning: ColumnMeaning): string | null {
  return meaning.field ?? meaning.implied?.field ?? meaning.part?.field ?? null;
}

/** A labelled column name, by its normalised form: what it may give, and the labels it must end with as written. */
interface LabelledColumn {
  /** The field the column's own value goes to (an `impliedBy.under` field), or null. */
  own: string | null;
  ownRank: number;
  implied: { field: string; value: string } | null;
  part: ColumnPart | null;
  /** The labels, as the column name must end with one: see `labelTail` ("Nữ" and "Nu" fold alike). */
  labels: string[];
}

/** Every labelled column name of a profile, by normalised name: one name may be two ("Ngay sinh Nam"). */
export type LabelledColumns = ReadonlyMap<string, readonly LabelledColumn[]>;

/**
 * A name's letters and digits in lower case, composed, everything else left out: how a column name is checked to end
 * with a label as written. The catalogue's normalisation may fold more than that (diacritics), and a label must not
 * match what it folds into ("Năm", the year, is not "Nam").
 */
function labelTail(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The labelled column names of a profile: for `impliedBy`, every alias of the field, or of a field it is `under`,
 * followed by each label; for `parts`, every alias of the field followed by each part's labels. A name that is some
 * field's own alias stays that field's.
 */
export function labelledColumnTable(
  spec: ProfileSpec,
  fieldIndex: ReadonlyMap<string, number>,
  aliasToField: ReadonlyMap<string, string>,
  normalize: (name: string) => string,
): LabelledColumns {
  const table = new Map<string, LabelledColumn[]>();
  // A label of the same meaning under the same name ("Nữ", "Nu") is one more way to write it, not another column.
  const add: AddColumn = (base, label, column) => {
    const key = normalize(base) + normalize(label);
    if (aliasToField.has(key)) return;
    const list = table.get(key) ?? table.set(key, []).get(key)!;
    const same = list.find((c) => c.own === column.own && sameValue(c, column));
    if (same) same.labels.push(labelTail(label));
    else list.push({ ...column, labels: [labelTail(label)] });
  };
  for (const [name, f] of Object.entries(spec.fields)) {
    if (f.impliedBy !== undefined) addImpliedColumns(spec, fieldIndex, name, f.impliedBy, add);
    if (f.parts !== undefined) addPartColumns(name, [name, ...f.aliases], f.parts, add);
  }
  return table;
}

/** Records one labelled column name: a base name (an alias, or nothing) and a label, and what the column gives. */
type AddColumn = (base: string, label: string, column: Omit<LabelledColumn, 'labels'>) => void;

/** `impliedBy`: every alias of the field, or of a field it is `under`, followed by each label. */
function addImpliedColumns(spec: ProfileSpec, fieldIndex: ReadonlyMap<string, number>, name: string, impliedBy: NonNullable<FieldSpec['impliedBy']>, add: AddColumn): void {
  for (const base of [name, ...impliedBy.under]) {
    const baseSpec = spec.fields[base];
    if (!fieldIndex.has(base) || baseSpec === undefined) {
      throw new ProfileError(`invalid profile at fields.${name}.impliedBy.under: "${base}" is not a field`, `hồ sơ không hợp lệ tại fields.${name}.impliedBy.under: "${base}" không phải là một trường`);
    }
    const aliases = [base, ...baseSpec.aliases];
    aliases.forEach((alias, rank) => {
      for (const [label, value] of Object.entries(impliedBy.labels)) {
        // After the base field's own aliases: a plain "Ngày sinh" column, if the list has one, is read first.
        add(alias, label, { own: base === name ? null : base, ownRank: aliases.length + rank, implied: { field: name, value }, part: null });
      }
    });
  }
}

/** `parts`: each part's labels alone (`standalone`) or after every alias of the field, ranked after those aliases. */
function addPartColumns(name: string, aliases: readonly string[], parts: NonNullable<FieldSpec['parts']>, add: AddColumn): void {
  const { labels: partLabels, separator, optional, skipBlank, standalone } = parts;
  const count = partLabels.length;
  if (optional.some((i) => i >= count)) {
    throw new ProfileError(`invalid profile at fields.${name}.parts.optional: a part index must be under ${count}`, `hồ sơ không hợp lệ tại fields.${name}.parts.optional: chỉ số phần phải nhỏ hơn ${count}`);
  }
  const required = count - new Set(optional).size;
  (standalone ? [''] : aliases).forEach((base, rank) => {
    partLabels.forEach((labels, index) => {
      const part: ColumnPart = { field: name, index, count, separator, optional: optional.includes(index), skipBlank, required, rank: aliases.length + rank };
      for (const label of labels) add(base, label, { own: null, ownRank: part.rank, implied: null, part });
    });
  });
}

function sameValue(a: Omit<LabelledColumn, 'labels'>, b: Omit<LabelledColumn, 'labels'>): boolean {
  if (a.implied !== null || b.implied !== null) return a.implied?.field === b.implied?.field && a.implied?.value === b.implied?.value;
  return a.part?.field === b.part?.field && a.part?.index === b.part?.index;
}

/** What one column name gives, whatever the other columns: labelled ones still wait for `resolveMeanings`. */
export function columnMeaning(
  column: string,
  overrides: ReadonlyMap<string, string>,
  aliasToField: ReadonlyMap<string, string>,
  aliasRank: ReadonlyMap<string, number>,
  labelled: LabelledColumns,
  normalize: (name: string) => string,
): ColumnMeaning {
  const override = overrides.get(column);
  if (override !== undefined) return { field: override, rank: -1, implied: null, part: null };
  const key = normalize(column);
  const field = aliasToField.get(key);
  if (field !== undefined) return { field, rank: aliasRank.get(key)!, implied: null, part: null };
  const candidates = labelled.get(key);
  if (candidates === undefined) return UNMAPPED;
  const tail = labelTail(column);
  const written = candidates.filter((c) => c.labels.some((label) => tail.endsWith(label)));
  const implied = written.find((c) => c.implied !== null);
  const part = written.find((c) => c.part !== null)?.part ?? null;
  if (implied === undefined && part === null) return UNMAPPED;
  const rank = implied === undefined ? part!.rank : implied.own === null ? IMPLIED_RANK : implied.ownRank;
  return { field: implied?.own ?? null, rank, implied: implied?.implied ?? null, part };
}

/**
 * The meanings of one list of columns, labelled columns only with their partners: a field's `parts` when the list
 * holds every part, its `impliedBy` columns when it holds columns for at least two of its values. Either alone is not
 * the split it looks like ("Ngay sinh Nam" may be the year of a split date or the men's column), and gives nothing.
 * An optional part counts beside the others ("Tên đệm" beside "Họ" and "Tên").
 */
export function resolveMeanings(meanings: ColumnMeaning[]): ColumnMeaning[] {
  if (!meanings.some((m) => m.implied !== null || m.part !== null)) return meanings;
  // Per field, the values its `impliedBy` columns give, and the required parts present: gathered once for the list.
  const values = new Map<string, Set<string>>();
  const requiredParts = new Map<string, Set<number>>();
  const add = <T>(sets: Map<string, Set<T>>, field: string, item: T) => (sets.get(field) ?? sets.set(field, new Set()).get(field)!).add(item);
  for (const m of meanings) {
    if (m.implied !== null) add(values, m.implied.field, m.implied.value);
    if (m.part !== null && !m.part.optional) add(requiredParts, m.part.field, m.part.index);
  }
  return meanings.map((m) => {
    if (m.part !== null && requiredParts.get(m.part.field)?.size === m.part.required) return { field: null, rank: m.part.rank, implied: null, part: m.part };
    if (m.implied !== null && values.get(m.implied.field)!.size >= 2) return m.part === null ? m : { ...m, part: null };
    return m.implied !== null || m.part !== null ? UNMAPPED : m;
  });
}

/** The positions of each field's columns, in the order the engine reads them: by rank, then position. */
export function columnsInReadingOrder(count: number, fieldAt: (k: number) => string | null, rankAt: (k: number) => number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let k = 0; k < count; k++) {
    const field = fieldAt(k);
    if (field !== null) (out.get(field) ?? out.set(field, []).get(field)!).push(k);
  }
  for (const list of out.values()) list.sort((a, b) => rankAt(a) - rankAt(b) || a - b);
  return out;
}

/**
 * Of one field's columns in reading order, the one its value is read from: the first that is not blank, or the first
 * when all are. Where a fix goes back to (the cleaned file, `profileToZod`), and where an issue points.
 */
export function columnReadFrom(columns: readonly number[], blankAt: (k: number) => boolean): number {
  return columns.find((k) => !blankAt(k)) ?? columns[0]!;
}
