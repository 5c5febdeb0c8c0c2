import { evaluate, type Lang, type RecordReport } from '../core';
import { reportPrototype } from '../io/render/notebook';
import { resolveAsOf, type AsOfInput } from './asOf';
import { resolveLang } from './lang';
import { resolveProfile, type ProfileRef } from './profiles';

export interface ValidateOptions {
  /** The day the record is judged as of (`YYYY-MM-DD`, Date, or {year, month, day}); default today (UTC). */
  asOf?: AsOfInput;
  /**
   * Mask personal values in issues and fixes (default true). Pass false to get usable fixes in a trusted service:
   * only `false` itself turns masking off (not 0, '' or null), since an unmasked report shows personal data.
   */
  mask?: boolean;
  /** Language of messages: Vietnamese (default) or English. */
  lang?: Lang;
  /** 1-based row number to put in the report (default 1): a positive safe integer. */
  row?: number;
  /** Your column names → the profile's fields, for names not recognised automatically (null: none). */
  columns?: Readonly<Record<string, string>> | null;
}

/**
 * Checks one record against a profile and returns its report: score, verdict (pass/warn/fail), issues with reasons
 * in Vietnamese or English, and safe fixes. No I/O. For any record — not an object, wrong types, odd values — it
 * returns a report; it throws only for a bad profile, `asOf`, `lang`, `row` or `columns` (mistakes in the calling
 * code). Null or undefined `options` mean none.
 *
 * @example
 * const report = validateRecord({ so_cccd: '001099012345', ho_ten: 'Nguyễn Văn An', ngay_sinh: '15/03/1999', gioi_tinh: 'Nam' }, 'citizen', { asOf: '2026-01-01' });
 * if (report.verdict === 'fail') reject(report.issues);
 */
export function validateRecord(record: unknown, profile: ProfileRef = 'citizen', options?: ValidateOptions | null): RecordReport {
  const o = options ?? NO_OPTIONS;
  const compiled = resolveProfile(profile, o.columns);
  const lang = resolveLang(o.lang);
  return evaluate(record, compiled, {
    row: resolveRow(o.row),
    asOf: resolveAsOf(o.asOf),
    lang,
    mask: o.mask !== false,
    // Shows itself in a notebook and prints readably, at no per-report cost (a shared prototype, nothing enumerable).
    reportPrototype: reportPrototype(lang),
  });
}

const NO_OPTIONS: ValidateOptions = Object.freeze({});

/** @throws RangeError for a row that is not a positive safe integer: it would be reported as given (0, 1.5, NaN). */
function resolveRow(row: unknown): number {
  if (row === undefined) return 1;
  if (typeof row === 'number' && Number.isSafeInteger(row) && row > 0) return row;
  throw new RangeError(`row must be a positive whole number (1-based), got ${typeof row === 'number' ? String(row) : typeof row === 'string' ? JSON.stringify(row) : row === null ? 'null' : typeof row}`);
}
