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

const severity = z.enum(['error', 'warning', 'info']);
const localized = z.object({ vi: z.string(), en: z.string() });

/** One semantic field of a profile: what type of value it holds, whether it is required, which column names mean it. */
export const fieldSpecSchema = z.object({
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
});

/** A rule the profile applies: its id, or its id with overrides. */
export const ruleSettingSchema = z.union([
  z.string().min(1),
  z.object({
    id: z.string().min(1),
    severity: severity.optional(),
    weight: z.number().min(0).max(1).optional(),
    enabled: z.boolean().default(true),
  }),
]);

const weights = z
  .object({
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
export const profileSpecSchema = z.object({
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

export type ProfileSpec = z.output<typeof profileSpecSchema>;
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
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const where = first && first.path.length > 0 ? first.path.join('.') : '(root)';
  const message = first?.message ?? 'unknown problem';
  // Only a bad profile pays for the second parse, which words the same first problem in Vietnamese.
  const vi = CUSTOM_VI[message] ?? profileSpecSchema.safeParse(data, { error: (issue) => VIETNAMESE.localeError(issue) }).error?.issues[0]?.message ?? message;
  throw new ProfileError(`invalid profile at ${where}: ${message}`, `hồ sơ không hợp lệ tại ${where === '(root)' ? '(gốc)' : where}: ${vi}`);
}
