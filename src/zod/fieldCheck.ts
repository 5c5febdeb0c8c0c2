import type { z } from 'zod';
import { evaluate, type Issue, type Lang, type ProfileSpecInput, type Severity } from '../core';
import { resolveLang } from '../api/lang';
import { resolveProfile } from '../api/profiles';

/** Options every single-value schema takes. */
export interface FieldSchemaOptions {
  /** Language of issue messages: Vietnamese (default) or English; anything else throws a RangeError when the schema is built. */
  lang?: Lang;
  /** Also reject values with warning-severity problems (lower case name, NFD text …); default: errors only. */
  warnings?: boolean;
  /** Mask personal data quoted in messages (default true), as every ddss report does; only `false` itself shows it. */
  mask?: boolean;
}

/** What a ddss zod issue carries in `params`: the stable rule id first, so a client can branch on it. */
export interface DdssIssueParams {
  rule: string;
  dimension: Issue['dimension'];
  severity: Severity;
  field: string;
}

/** A rule of a one-field profile; `error` promotes a warning the schema's options make disqualifying. */
export type FieldRule = string | { id: string; severity: Severity };

// The rules read the citizen profile's field names (date.invalid checks dateOfBirth, idIssueDate, updatedAt), so
// the one-field profiles use the same names; the value arrives under the column `value`.
const VALUE_COLUMN = 'value';
// No rule a one-field profile runs depends on the day; a fixed day keeps the schemas off the wall clock.
const AS_OF = Object.freeze({ year: 2026, month: 1, day: 1 });

/**
 * A one-field profile: the citizen field `field` of `type`, required, with only the given rules.
 *
 * @example fieldProfile('personalId', 'personalId', ['field.missing', 'id.personal.format'])
 */
export function fieldProfile(field: string, type: string, rules: readonly FieldRule[]): ProfileSpecInput {
  return Object.freeze({
    name: `zod.${field}`,
    fields: { [field]: { type, required: true, aliases: [VALUE_COLUMN] } },
    rules: rules.map((r) => (typeof r === 'string' ? r : { id: r.id, severity: r.severity })),
  });
}

/** Whether an issue of this severity fails the schema. */
export function rejects(severity: Severity, warnings: boolean | undefined): boolean {
  return severity === 'error' || (severity === 'warning' && warnings === true);
}

/**
 * Turns a ddss issue into a zod issue: `code: 'custom'`, the ddss message, and `params.rule` the rule id.
 *
 * @example ctx.addIssue(toZodIssue(report.issues[0], value, ['so_dinh_danh']))
 */
export function toZodIssue(issue: Issue, input: unknown, path: PropertyKey[]): z.core.$ZodRawIssue {
  const params: DdssIssueParams = { rule: issue.rule, dimension: issue.dimension, severity: issue.severity, field: issue.field };
  return { code: 'custom', message: issue.message, params, path, input };
}

/** A schema's options as every parse reads them, checked once when the schema is built. */
export interface ResolvedFieldOptions {
  lang: Lang;
  warnings: boolean;
  mask: boolean;
}

/**
 * Checks a schema's options when it is built: a bad `lang` is a mistake in the calling code, so it throws now, as
 * `validateRecord` does, rather than turning every issue of every parse into `internal.rule-failed`. As in
 * `validateRecord`, only `mask: false` itself shows personal data.
 *
 * @throws RangeError for a `lang` other than `'vi'` or `'en'`.
 * @example const resolved = resolveFieldOptions({ lang: 'en' }) // { lang: 'en', warnings: false, mask: true }
 */
export function resolveFieldOptions(options: FieldSchemaOptions): ResolvedFieldOptions {
  return { lang: resolveLang(options.lang), warnings: options.warnings === true, mask: options.mask !== false };
}

/**
 * A label the messages of a one-field profile say in place of another, by language: the profile borrows a citizen
 * field (vnDate's rules read `dateOfBirth`) whose messages name that field ("Thiếu ngày sinh").
 */
export interface Relabel {
  /** The rules whose messages name the field: `field.missing`, `field.placeholder`. */
  rules: readonly string[];
  vi: readonly [from: string, to: string];
  en: readonly [from: string, to: string];
}

/** `message` with the first `from` (as written or capitalised) said as `to`, in the same case. */
function relabelled(message: string, [from, to]: readonly [string, string]): string {
  const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const lower = message.indexOf(from);
  const upper = message.indexOf(capitalised(from));
  // The label comes before any quoted value in these messages, so the first occurrence is the label.
  if (upper >= 0 && (lower < 0 || upper < lower)) return message.slice(0, upper) + capitalised(to) + message.slice(upper + from.length);
  if (lower >= 0) return message.slice(0, lower) + to + message.slice(lower + from.length);
  return message;
}

/**
 * Checks one value with a one-field profile and reports each disqualifying issue on `ctx`.
 *
 * @example z.string().superRefine((v, ctx) => checkValue(PROFILE, v, ctx, resolveFieldOptions(options)))
 */
export function checkValue(profile: ProfileSpecInput, value: string, ctx: z.core.$RefinementCtx<string>, options: ResolvedFieldOptions, relabel?: Relabel): void {
  const report = evaluate({ [VALUE_COLUMN]: value }, resolveProfile(profile), {
    row: 1,
    asOf: AS_OF,
    lang: options.lang,
    mask: options.mask,
  });
  for (const issue of report.issues) {
    if (!rejects(issue.severity, options.warnings)) continue;
    const message = relabel?.rules.includes(issue.rule) ? relabelled(issue.message, relabel[options.lang]) : issue.message;
    ctx.addIssue(toZodIssue(message === issue.message ? issue : { ...issue, message }, value, []));
  }
}
