import { z } from 'zod';
import { DIMENSIONS } from './types';

// The schema's own messages, and what they say in Vietnamese (zod's Vietnamese locale words the rest).
const NEEDS_A_FIELD = 'a profile needs at least one field';
const NEEDS_A_WEIGHT = 'at least one dimension weight must be positive';
const CUSTOM_VI: Readonly<Record<string, string>> = {
  [NEEDS_A_FIELD]: 'hồ sơ cần ít nhất một trường',
  [NEEDS_A_WEIGHT]: 'ít nhất một trọng số tiêu chí phải lớn hơn 0',
};
const VIETNAMESE = z.locales.vi();

// Every object of a profile is strict: a typo ("requried", "severty", "wieghts") would otherwise be dropped without a
// word, and the profile would judge differently from what its author wrote.
const severity = z.enum(['error', 'warning', 'info']);
const localized = z.strictObject({ vi: z.string(), en: z.string() });

/** One semantic field of a profile: what type of value it holds, whether it is required, which column names mean it. */
export const fieldSpecSchema = z.strictObject({
  type: z.string().min(1),
  required: z.boolean().default(false),
  /** Column names recognised for this field, compared after the catalogue's column-name normalisation. */
  aliases: z.array(z.string()).default([]),
  label: localized.optional(),
  /**
   * Whether a filler typed in place of a value ("N/A", "Không có", "-") counts as no value here (default true). False
   * for a field where such a word is a real answer: "Không" is what a religion field holds for "none".
   */
  placeholders: z.boolean().default(true),
  /**
   * Columns that give this field its value by being filled, not by what they hold: a list that splits one column
   * in two under labels ("Ngày sinh" over "Nam | Nữ": the birth date written in the column of the person's sex).
   * A column is named after one of this field's aliases, or of the fields in `under`, followed by a label of
   * `labels` written as given (any case, any punctuation between); when it holds a value, this field's value is the
   * label's, and the column still gives the `under` field its own value. Such columns count only when the record's
   * columns carry at least two of the labels' values, so that one column alone ("Ngày sinh năm" written without
   * diacritics, the year of a split date) is never taken for one.
   */
  impliedBy: z
    .strictObject({
      /** The label a column name ends with → the value it gives this field. */
      labels: z.record(z.string().min(1), z.string().min(1)),
      /** Fields whose column names the labels may follow (their columns keep giving them their values). */
      under: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /**
   * Columns that each hold one part of this field's value, joined in order: a list that splits the birth date under
   * "Ngày | Tháng | Năm", or the name in "Họ | Tên đệm | Tên". A column is named after one of this field's aliases
   * followed by a label of one part (or by the label alone, `standalone`), written as given (`labels[i]` lists the
   * ways to write part i). The parts count only when the record's columns carry every one of them but the
   * `optional` ones, and their texts joined with `separator` are the field's value (blank when all are).
   */
  parts: z
    .strictObject({
      labels: z.array(z.array(z.string().min(1)).min(1)).min(2),
      separator: z.string().default(''),
      /** Parts a list may lack, by index: "Tên đệm" when the family name's column holds the middle name too. */
      optional: z.array(z.number().int().min(0)).default([]),
      /** Leave a blank part out of the joined text (a name without a middle name), rather than keep its place (a date's day). */
      skipBlank: z.boolean().default(false),
      /** The labels are column names on their own ("Họ", "Tên"), not after one of the field's names. */
      standalone: z.boolean().default(false),
    })
    .optional(),
});

/** A rule with overrides: `{ id, severity?, weight?, enabled? }`. */
const ruleOverrideSchema = z.strictObject({
  id: z.string().min(1),
  severity: severity.optional(),
  weight: z.number().min(0).max(1).optional(),
  enabled: z.boolean().default(true),
});

/**
 * A rule the profile applies: its id, or its id with overrides. When one id is listed more than once, the last
 * setting wins, in the place of the first (see compileProfile).
 */
export const ruleSettingSchema = z.union([z.string().min(1), ruleOverrideSchema]);

const weights = z
  .strictObject({
    correct: z.number().min(0),
    complete: z.number().min(0),
    clean: z.number().min(0),
    live: z.number().min(0),
  })
  .refine((w) => DIMENSIONS.some((d) => w[d] > 0), { message: NEEDS_A_WEIGHT });

/**
 * A profile is plain data (loadable from JSON): the fields a kind of record has, the rules that apply to it,
 * and how the four dimensions weigh in its score.
 */
export const profileSpecSchema = z.strictObject({
  /** The JSON schema a JSON editor validates the file against; accepted and left out of the parsed profile. */
  $schema: z.string().optional(),
  name: z.string().min(1),
  description: localized.optional(),
  /** The field that identifies a record in reports (e.g. `recordId`). */
  key: z.string().optional(),
  // A profile with no field would pass every record; "__proto__" is a key zod's records drop, which would leave a
  // field out without a word.
  fields: z
    .record(z.string().min(1), fieldSpecSchema)
    .refine((fields) => Object.keys(fields).length > 0, NEEDS_A_FIELD),
  rules: z.array(ruleSettingSchema),
  weights: weights.default({ correct: 0.4, complete: 0.25, clean: 0.15, live: 0.2 }),
  /** Rule options, e.g. `stalenessYears`. */
  options: z.record(z.string(), z.unknown()).default({}),
});

/** A parsed profile. `$schema` is editor metadata, not part of what the profile judges, so it is left out. */
export type ProfileSpec = Omit<z.output<typeof profileSpecSchema>, '$schema'>;
export type ProfileSpecInput = z.input<typeof profileSpecSchema>;
export type FieldSpec = z.output<typeof fieldSpecSchema>;
export type RuleSetting = z.output<typeof ruleSettingSchema>;

/**
 * A profile that cannot be used. `message` is English; `vi` says the same in Vietnamese (the command line prints
 * both), so an auditor who wrote the profile by hand can read what is wrong in either language.
 */
export class ProfileError extends Error {
  override name = 'ProfileError';
  readonly vi: string;
  constructor(message: string, vi: string) {
    super(message);
    this.vi = vi;
  }
}

/**
 * Validates plain data (e.g. parsed JSON) as a profile, with a readable error naming the first bad path.
 *
 * @example parseProfileSpec(JSON.parse(fs.readFileSync('profile.json', 'utf8')))
 */
export function parseProfileSpec(data: unknown): ProfileSpec {
  const fields = (data as { fields?: unknown } | null)?.fields;
  if (fields !== null && typeof fields === 'object' && Object.hasOwn(fields, '__proto__')) {
    throw new ProfileError('invalid profile at fields.__proto__: "__proto__" cannot name a field', 'hồ sơ không hợp lệ tại fields.__proto__: "__proto__" không được dùng làm tên trường');
  }
  const result = profileSpecSchema.safeParse(data);
  if (result.success) {
    const { $schema: _editorOnly, ...spec } = result.data;
    return spec;
  }
  const first = pickIssue(result.error.issues[0]);
  const where = first && first.path.length > 0 ? first.path.join('.') : '(root)';
  const own = first ? ownWording(first, data) : null;
  const message = own?.en ?? first?.message ?? 'unknown problem';
  // Only a bad profile pays for the second parse, which words the same first problem in Vietnamese.
  const vi =
    own?.vi ??
    CUSTOM_VI[message] ??
    pickIssue(profileSpecSchema.safeParse(data, { error: (issue) => VIETNAMESE.localeError(issue) }).error?.issues[0])?.message ??
    message;
  throw new ProfileError(`invalid profile at ${where}: ${message}`, `hồ sơ không hợp lệ tại ${where === '(root)' ? '(gốc)' : where}: ${vi}`);
}

/** A zod issue as far as the error message needs it; a union's carries what each of its options said. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  errors?: Issue[][];
}

/**
 * The issue to report. A union (a rule setting: an id or an object) says only "Invalid input"; what the author
 * needs is what is wrong with the option they meant, which is the one whose type the value has: the object's
 * unknown key or bad severity, not "expected string".
 */
function pickIssue(issue: Issue | undefined): Issue | undefined {
  while (issue?.code === 'invalid_union' && issue.errors) {
    const meant = issue.errors.find((branch) => branch.length > 0 && !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
    if (!meant) break;
    issue = { ...meant[0]!, path: [...issue.path, ...meant[0]!.path] };
  }
  return issue;
}

// The keys each kind of object in a profile may have, by where it sits, for the message about an unknown key.
const PROFILE_KEYS = Object.keys(profileSpecSchema.shape).sort();
const FIELD_KEYS = Object.keys(fieldSpecSchema.shape).sort();
const IMPLIED_BY_KEYS = ['labels', 'under'];
const PARTS_KEYS = ['labels', 'optional', 'separator', 'skipBlank', 'standalone'];
const RULE_KEYS = Object.keys(ruleOverrideSchema.shape);
const TEXT_KEYS = Object.keys(localized.shape);

function knownKeys(path: readonly PropertyKey[]): readonly string[] {
  const [top, , third] = path;
  if (path.length === 0) return PROFILE_KEYS;
  if (top === 'fields') return path.length === 2 ? FIELD_KEYS : third === 'label' ? TEXT_KEYS : third === 'impliedBy' ? IMPLIED_BY_KEYS : third === 'parts' ? PARTS_KEYS : [];
  if (top === 'rules') return RULE_KEYS;
  if (top === 'weights') return DIMENSIONS;
  if (top === 'description') return TEXT_KEYS;
  return [];
}

/**
 * The project's own wording for the problems zod words vaguely: an unknown key (zod says "Unrecognized key", and
 * in Vietnamese "Khóa không được nhận dạng", neither naming what would have been right) and a rule setting that is
 * neither an id nor an object (zod: "Invalid input").
 */
function ownWording(issue: Issue, data: unknown): { en: string; vi: string } | null {
  if (issue.code === 'unrecognized_keys' && issue.keys && issue.keys.length > 0) {
    const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
    const known = knownKeys(issue.path).join(', ');
    const plural = issue.keys.length > 1;
    return {
      en: `unknown ${plural ? 'keys' : 'key'} ${keys}${known ? ` (known: ${known})` : ''}`,
      vi: `không nhận ra ${plural ? 'các khóa' : 'khóa'} ${keys}${known ? ` (các khóa hợp lệ: ${known})` : ''}`,
    };
  }
  if (issue.code === 'invalid_union' && issue.path[0] === 'rules') {
    const got = kindOf(valueAt(data, issue.path));
    return {
      en: `a rule setting must be a rule id or an object { id, severity?, weight?, enabled? }, got ${got}`,
      vi: `mỗi mục của rules phải là mã quy tắc hoặc đối tượng { id, severity?, weight?, enabled? }, nhận được ${KIND_VI[got] ?? got}`,
    };
  }
  return null;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

// As zod's Vietnamese locale names them, so that both kinds of message read alike.
const KIND_VI: Readonly<Record<string, string>> = { number: 'số', string: 'chuỗi', array: 'mảng', object: 'đối tượng', boolean: 'boolean' };

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/**
 * Freezes plain data and everything in it, so that a profile shared by every caller (a built-in one, a compiled
 * profile's spec) cannot be changed through a copy that shares its nested objects (`{ ...citizenProfile }`).
 * Returns its argument.
 */
export function deepFreeze<T>(value: T): T {
  freezeAll(value, new WeakSet());
  return value;
}

// Visited objects are remembered rather than skipped when already frozen: a shallowly frozen object (Object.freeze
// on a profile) may still hold objects that are not.
function freezeAll(value: unknown, seen: WeakSet<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) freezeAll((value as Record<PropertyKey, unknown>)[key], seen);
}
