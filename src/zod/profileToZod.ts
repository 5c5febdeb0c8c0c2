import { z } from 'zod';
import { columnReadFrom, columnsInReadingOrder, evaluate, isBlank, meaningField, toText, type CompiledProfile, type Lang, type RecordReport } from '../core';
import { resolveAsOf, type AsOfInput } from '../api/asOf';
import { resolveLang } from '../api/lang';
import { resolveProfile, type ProfileRef } from '../api/profiles';
import { rejects, toZodIssue } from './fieldCheck';

export interface ProfileToZodOptions {
  /** The day records are judged as of (`YYYY-MM-DD`, Date or `{ year, month, day }`); default: the day each parse runs (UTC). */
  asOf?: AsOfInput;
  /** Language of issue messages: Vietnamese (default) or English; anything else throws a RangeError here. */
  lang?: Lang;
  /** Your column names → the profile's fields, for names not recognised automatically. */
  columns?: Readonly<Record<string, string>>;
  /** Also reject records with warning-severity issues; default: errors only, as `validateRecord`'s `fail`. */
  warnings?: boolean;
  /** Mask personal data quoted in messages (default true; only `false` itself shows it). Fixes applied with `applyFixes` are never masked. */
  mask?: boolean;
  /** Return the record with the safe fixes ddss derives (canonical phone, NFC, trimmed spaces …) written into its columns. */
  applyFixes?: boolean;
}

/** A record as zod hands it over: an object of columns. */
export type RecordInput = Record<string, unknown>;

/**
 * The column of `record` each field is read from, so an issue points at the user's own column (`so_dinh_danh`),
 * not at the profile's field name (`personalId`): of a field's columns, the first by rank that is not blank, as the
 * engine reads it. With `ownOnly`, only columns that hold the field's value as it is count: a fix is written there,
 * never into the parts of a split name ("Họ", "Tên") or a "Nam | Nữ" column that gives the sex by being filled.
 */
function columnsByField(record: RecordInput, compiled: CompiledProfile, ownOnly: boolean): Map<string, string> {
  const columns = Object.keys(record);
  const meanings = compiled.mapColumns(columns);
  const byField = columnsInReadingOrder(columns.length, (k) => (ownOnly ? meanings[k]!.field : meaningField(meanings[k]!)), (k) => meanings[k]!.rank);
  const out = new Map<string, string>();
  for (const [field, list] of byField) out.set(field, columns[columnReadFrom(list, (k) => isBlank(toText(record[columns[k]!])))]!);
  return out;
}

/**
 * A zod schema for a whole record that runs `validateRecord` with the given profile: each error-severity issue
 * (and warnings, with `warnings: true`) becomes a zod issue at the record's own column, `code: 'custom'`, with
 * the ddss message and `params.rule` the rule id. `.parse` returns the record, with the safe fixes applied when
 * `applyFixes` is set. `safeParse` never throws, whatever the input.
 *
 * @example
 * const Citizen = profileToZod('citizen', { asOf: '2026-01-01', lang: 'en' });
 * const result = Citizen.safeParse({ so_dinh_danh: '003099012345', ho_ten: 'Nguyễn Văn An', … });
 * result.error?.issues[0] // { code: 'custom', path: ['so_dinh_danh'], params: { rule: 'id.personal.province', … }, message: '…' }
 * @throws ProfileError for a bad profile, TypeError for a bad column mapping, RangeError for a bad `asOf` or a `lang`
 * other than 'vi' or 'en'.
 */
export function profileToZod(profile: ProfileRef = 'citizen', options: ProfileToZodOptions = {}): z.ZodType<RecordInput, RecordInput> {
  // Resolved once, here: a bad profile, column mapping, asOf or lang is a mistake in the calling code and throws now
  // (as validateRecord throws), not at every parse as an internal.rule-failed issue.
  const compiled = resolveProfile(profile, options.columns);
  const fixedAsOf = options.asOf === undefined ? undefined : resolveAsOf(options.asOf);
  const lang = resolveLang(options.lang);
  // As in validateRecord: only false itself shows personal data.
  const mask = options.mask !== false;
  // The report of the record being parsed, for the fixing transform that runs after the refinement.
  const reports = new WeakMap<object, { report: RecordReport; rawFixed: Record<string, string> }>();

  const checked = z.record(z.string(), z.unknown()).superRefine((record, ctx) => {
    const rawFixed: Record<string, string> = {};
    const report = evaluate(record, compiled, { row: 1, asOf: fixedAsOf ?? resolveAsOf(undefined), lang, mask, rawFixed });
    reports.set(record, { report, rawFixed });
    const columns = columnsByField(record, compiled, false);
    for (const issue of report.issues) {
      if (!rejects(issue.severity, options.warnings)) continue;
      const column = columns.get(issue.field);
      ctx.addIssue(toZodIssue(issue, column === undefined ? record : record[column], column === undefined ? [] : [column]));
    }
  });
  if (!options.applyFixes) return checked;
  return checked.transform((record) => {
    const seen = reports.get(record);
    if (seen === undefined) return record;
    const columns = columnsByField(record, compiled, true);
    const out: RecordInput = { ...record };
    for (const [field, value] of Object.entries(seen.rawFixed)) {
      const column = columns.get(field);
      if (column !== undefined) out[column] = value;
    }
    return out;
  });
}
