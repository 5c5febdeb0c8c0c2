import type { Readable } from 'node:stream';
import { resolveAsOf } from '../api/asOf';
import { auditFile, type AuditFileOptions } from '../io/auditFile';
import { MAX_ROW } from '../io/read/openInput';
import { formatSummaryText } from './formatSummary';
import { createProgressBar } from './progressBar';
import { InputError } from '../io/inputError';
import type { FooterInfo } from '../io/read/footerRows';
import type { HeaderInfo } from '../io/read/headerRow';
import { interruptible } from './interrupted';
import { langOption, profileOption } from './commonOptions';
import { UsageError } from './usageError';

export interface AuditCommandOptions {
  profile: string;
  asOf?: string;
  columns?: string;
  records?: string;
  summary?: string;
  cleaned?: string;
  markdown?: string;
  html?: string;
  workers?: string;
  shard?: boolean;
  firstRow?: string;
  format?: string;
  encoding?: string;
  sheet?: string;
  headerRow?: string;
  mask: boolean;
  lang: string;
  failOn: string;
  quiet?: boolean;
}

/** Runs `ddss audit`; returns the exit code (0 nothing fails, 1 some records fail). Throws UsageError for exit 2. */
export async function runAudit(file: string, options: AuditCommandOptions, stdin: Readable, stdout: NodeJS.WritableStream): Promise<number> {
  const lang = langOption(options.lang);
  if (!['error', 'warn', 'never'].includes(options.failOn)) throw new UsageError(`--fail-on must be error, warn or never, got "${options.failOn}"`, { vi: `--fail-on phải là error, warn hoặc never, nhận được "${options.failOn}"` });
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  try {
    resolveAsOf(asOf);
  } catch {
    throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, got "${options.asOf}"`, { vi: `--as-of phải là một ngày có thật, viết YYYY-MM-DD, nhận được "${options.asOf}"` });
  }
  const columns = parseColumns(options.columns);
  const { ref: profileRef } = await profileOption(options.profile, columns);

  const firstRow = options.firstRow === undefined ? undefined : Number(options.firstRow);
  if (firstRow !== undefined && (!/^\d+$/.test(options.firstRow!.trim()) || !Number.isSafeInteger(firstRow) || firstRow < 1 || firstRow > MAX_ROW)) {
    throw new UsageError(`--first-row must be a whole number from 1 to ${MAX_ROW} (the row of the whole dataset this shard starts at), got "${options.firstRow}"`, {
      vi: `--first-row phải là số nguyên từ 1 đến ${MAX_ROW} (dòng đầu của phần này trong toàn bộ dữ liệu), nhận được "${options.firstRow}"`,
    });
  }
  const headerRow = options.headerRow === undefined ? undefined : Number(options.headerRow);
  if (headerRow !== undefined && (!/^\d+$/.test(options.headerRow!.trim()) || !Number.isSafeInteger(headerRow) || headerRow < 1)) {
    throw new UsageError(`--header-row must be a whole number ≥ 1 (the header's number among the file's non-blank rows), got "${options.headerRow}"`, {
      vi: `--header-row phải là số nguyên ≥ 1 (số thứ tự của dòng tiêu đề trong các dòng không trống của tệp), nhận được "${options.headerRow}"`,
    });
  }
  // Digits only: Number() would also take "", "0x2" and "1e1"; the count is capped at the cores (see workerCount).
  const workers = options.workers === undefined ? undefined : /^\d{1,6}$/.test(options.workers) ? Number(options.workers) : Number.NaN;
  if (workers !== undefined && !Number.isInteger(workers)) throw new UsageError(`--workers must be a whole number ≥ 0, got "${options.workers}"`, { vi: `--workers phải là số nguyên ≥ 0, nhận được "${options.workers}"` });
  const bar = options.quiet ? null : createProgressBar(process.stderr, lang);
  // `--records -`: the reports go to standard output, one per line, for a pipeline (`| jq …`); the summary text,
  // which would be mixed into them, goes to standard error instead.
  const recordsToStdout = options.records === '-';
  const summaryOut = recordsToStdout ? process.stderr : stdout;
  const writeLine = (line: string): Promise<void> | undefined =>
    stdout.write(line) ? undefined : new Promise((resolve) => stdout.once('drain', () => resolve()));
  // The footer is known when the input ends, when the progress bar may be on screen: its line waits for the bar.
  let footerLine: string | null = null;
  try {
    const summary = await interruptible((signal) => auditFile(file === '-' ? stdin : file, {
      signal,
      profile: profileRef,
      columns,
      asOf,
      lang,
      mask: options.mask,
      records: recordsToStdout ? undefined : options.records,
      onReport: recordsToStdout ? (report) => writeLine(`${JSON.stringify(report)}\n`) : undefined,
      summary: options.summary,
      cleaned: options.cleaned,
      markdown: options.markdown,
      html: options.html,
      workers,
      datasetState: options.shard === true,
      firstRow,
      // TSV is CSV with tabs.
      format: (options.format === 'tsv' ? 'csv' : options.format) as AuditFileOptions['format'],
      delimiter: options.format === 'tsv' ? '\t' : undefined,
      encoding: options.encoding as AuditFileOptions['encoding'],
      // "2" is the second sheet; a sheet named "2" is rare enough to need no escape.
      sheet: options.sheet === undefined ? undefined : /^\d{1,4}$/.test(options.sheet) ? Number(options.sheet) : options.sheet,
      headerRow,
      // Rows left out of the audit are said, not silently dropped. The header is known within the first 30 rows,
      // before the progress bar first draws (at row 1,024), so the line does not cut through it.
      onHeader: options.quiet ? undefined : (info) => {
        const line = headerNotice(info);
        if (line !== null) process.stderr.write(`${line}\n`);
      },
      onFooter: options.quiet ? undefined : (info) => {
        footerLine = footerNotice(info);
      },
      onProgress: bar ? (p) => bar.update(p) : undefined,
    }));
    bar?.stop();
    if (footerLine !== null) process.stderr.write(`${footerLine}\n`);
    if (!options.quiet) summaryOut.write(`${formatSummaryText(summary, lang)}\n`);
    if (options.failOn === 'never') return 0;
    const failing = summary.verdicts.fail + (options.failOn === 'warn' ? summary.verdicts.warn : 0);
    return failing > 0 ? 1 : 0;
  } finally {
    bar?.stop();
  }
}

/**
 * The line that says which rows above and under the header were skipped, and that the header is two rows when it is
 * (the names under merged cells read from the second), in Vietnamese then English; null when there is nothing to
 * say (a file that starts with its one-row header).
 *
 * @example headerNotice({ headerRow: 5, skippedRows: 4, subHeaderRow: false, numberingRow: true })
 * // 'ddss: Dòng tiêu đề là dòng 5 (không tính dòng trống); đã bỏ qua 4 dòng phía trên và dòng đánh số cột (chọn dòng khác bằng --header-row) — The header is row 5 (blank rows not counted); the 4 rows above it and the column-number row were skipped (--header-row picks another)'
 * @example headerNotice({ headerRow: 1, skippedRows: 0, subHeaderRow: true, numberingRow: false })
 * // 'ddss: Dòng tiêu đề gồm hai dòng 1 và 2 (không tính dòng trống): tên các cột dưới ô gộp lấy từ dòng thứ hai (chọn dòng khác bằng --header-row) — The header is two rows, 1 and 2 (blank rows not counted): the names under merged cells are read from the second (--header-row picks another)'
 */
export function headerNotice(info: HeaderInfo): string | null {
  const { headerRow, skippedRows, subHeaderRow, numberingRow } = info;
  if (skippedRows === 0 && !numberingRow && !subHeaderRow) return null;
  const them = subHeaderRow ? 'them' : 'it';
  const vi: string[] = [];
  const en: string[] = [];
  if (skippedRows > 0) {
    vi.push(`${skippedRows} dòng phía trên`);
    en.push(skippedRows === 1 ? `the row above ${them}` : `the ${skippedRows} rows above ${them}`);
  }
  if (numberingRow) {
    vi.push(skippedRows > 0 ? 'dòng đánh số cột' : 'dòng đánh số cột ngay dưới');
    en.push(skippedRows > 0 ? 'the column-number row' : `the column-number row under ${them}`);
  }
  const skipped = en.length > 1 || skippedRows > 1 ? 'were' : 'was';
  const header = subHeaderRow
    ? {
        vi: `Dòng tiêu đề gồm hai dòng ${headerRow} và ${headerRow + 1} (không tính dòng trống): tên các cột dưới ô gộp lấy từ dòng thứ hai`,
        en: `The header is two rows, ${headerRow} and ${headerRow + 1} (blank rows not counted): the names under merged cells are read from the second`,
      }
    : { vi: `Dòng tiêu đề là dòng ${headerRow} (không tính dòng trống)`, en: `The header is row ${headerRow} (blank rows not counted)` };
  return (
    `ddss: ${header.vi}${vi.length > 0 ? `; đã bỏ qua ${vi.join(' và ')}` : ''} (chọn dòng khác bằng --header-row)` +
    ` — ${header.en}${en.length > 0 ? `; ${en.join(' and ')} ${skipped} skipped` : ''} (--header-row picks another)`
  );
}

/**
 * The line that says a footer (a form's signature block) was left out, how many rows from which, in Vietnamese then
 * English; null when there was none. The row is numbered as the records are: it follows the last record's.
 *
 * @example footerNotice({ footerRow: 16, footerRows: 5 })
 * // 'ddss: Đã bỏ qua phần ký tên ở cuối (5 dòng, từ dòng 16 theo số thứ tự bản ghi): địa danh, ngày tháng, chức danh và tên người ký không phải là bản ghi — The signature block at the end (5 rows, from row 16 as the records are numbered) was skipped: place and date, signers' titles and names are not records'
 */
export function footerNotice(info: FooterInfo): string | null {
  const { footerRow, footerRows } = info;
  if (footerRows === 0) return null;
  return (
    `ddss: Đã bỏ qua phần ký tên ở cuối (${footerRows} dòng, từ dòng ${footerRow} theo số thứ tự bản ghi): địa danh, ngày tháng, chức danh và tên người ký không phải là bản ghi` +
    ` — The signature block at the end (${footerRows === 1 ? '1 row' : `${footerRows} rows`}, from row ${footerRow} as the records are numbered) was skipped: place and date, signers' titles and names are not records`
  );
}

/** `--columns so_dd=personalId,ten=fullName` → { so_dd: 'personalId', ten: 'fullName' }. */
export function parseColumns(text: string | undefined): Record<string, string> | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const out: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.lastIndexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw new UsageError(`--columns expects column=field pairs separated by commas, got "${pair}"`, { vi: `--columns cần các cặp cột=trường cách nhau bằng dấu phẩy, nhận được "${pair}"` });
    // Defined, not assigned: a column named "__proto__" is a column, not the object's prototype.
    Object.defineProperty(out, pair.slice(0, eq).trim(), { value: pair.slice(eq + 1).trim(), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
