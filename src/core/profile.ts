import { z } from 'zod';
import { DIMENSIONS } from './types';

const severity = z.enum(['error', 'warning', 'info']);
const localized = z.object({ vi: z.string(), en: z.string() });

/** One semantic field of a profile: what type of value it holds, whether it is required, which column names mean it. */
export const fieldSpecSchema = z.object({
  type: z.string().min(1),
  required: z.boolean().default(false),
  /** Column names recognised for this field, compared after the catalogue's column-name normalisation. */
  aliases: z.array(z.string()).default([]),
  label: localized.optional(),
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
  .refine((w) => DIMENSIONS.some((d) => w[d] > 0), { message: 'at least one dimension weight must be positive' });

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
    .refine((fields) => Object.keys(fields).length > 0, 'a profile needs at least one field'),
  rules: z.array(ruleSettingSchema),
  weights: weights.default({ correct: 0.4, complete: 0.25, clean: 0.15, live: 0.2 }),
  /** Rule options, e.g. `stalenessYears`. */
  options: z.record(z.string(), z.unknown()).default({}),
});

export type ProfileSpec = z.output<typeof profileSpecSchema>;
export type ProfileSpecInput = z.input<typeof profileSpecSchema>;
export type FieldSpec = z.output<typeof fieldSpecSchema>;
export type RuleSetting = z.output<typeof ruleSettingSchema>;

export class ProfileError extends Error {
  override name = 'ProfileError';
}

/**
 * Validates plain data (e.g. parsed JSON) as a profile, with a readable error naming the first bad path.
 *
 * @example parseProfileSpec(JSON.parse(fs.readFileSync('profile.json', 'utf8')))
 */
export function parseProfileSpec(data: unknown): ProfileSpec {
  const fields = (data as { fields?: unknown } | null)?.fields;
  if (fields !== null && typeof fields === 'object' && Object.hasOwn(fields, '__proto__')) {
    throw new ProfileError('invalid profile at fields.__proto__: "__proto__" cannot name a field');
  }
  const result = profileSpecSchema.safeParse(data);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const where = first && first.path.length > 0 ? first.path.join('.') : '(root)';
  throw new ProfileError(`invalid profile at ${where}: ${first?.message ?? 'unknown problem'}`);
}
