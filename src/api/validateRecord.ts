import { evaluate, type Lang, type RecordReport } from '../core';
import { reportPrototype } from '../io/render/notebook';
import { resolveAsOf, type AsOfInput } from './asOf';
import { resolveLang } from './lang';
import { resolveProfile, type ProfileRef } from './profiles';

export interface ValidateOptions {
  /** The day the record is judged as of (`YYYY-MM-DD`, Date, or {year, month, day}); default today (UTC). */
  asOf?: AsOfInput;
  /** Mask personal values in issues and fixes (default true). Pass false to get usable fixes in a trusted service. */
  mask?: boolean;
  /** Language of messages: Vietnamese (default) or English. */
  lang?: Lang;
  /** 1-based row number to put in the report (default 1). */
  row?: number;
  /** Your column names → the profile's fields, for names not recognised automatically. */
  columns?: Readonly<Record<string, string>>;
}

/**
 * Checks one record against a profile and returns its report: score, verdict (pass/warn/fail), issues with reasons
 * in Vietnamese or English, and safe fixes. No I/O. For any record — not an object, wrong types, odd values — it
 * returns a report; it throws only for a bad profile, `asOf` or `lang` (mistakes in the calling code).
 *
 * @example
 * const report = validateRecord({ so_cccd: '001099012345', ho_ten: 'Nguyễn Văn An', ngay_sinh: '15/03/1999', gioi_tinh: 'Nam' }, 'citizen', { asOf: '2026-01-01' });
 * if (report.verdict === 'fail') reject(report.issues);
 */
export function validateRecord(record: unknown, profile: ProfileRef = 'citizen', options: ValidateOptions = {}): RecordReport {
  const compiled = resolveProfile(profile, options.columns);
  const lang = resolveLang(options.lang);
  return evaluate(record, compiled, {
    row: options.row ?? 1,
    asOf: resolveAsOf(options.asOf),
    lang,
    mask: options.mask ?? true,
    // Shows itself in a notebook and prints readably, at no per-report cost (a shared prototype, nothing enumerable).
    reportPrototype: reportPrototype(lang),
  });
}
