import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ProfileError, type Lang, type ProfileSpecInput, type RecordReport } from '../core';
import { resolveAsOf } from '../api/asOf';
import { resolveProfile } from '../api/profiles';
import { openAtomicStream, writeFileAtomic, type AtomicStream } from '../io/atomicFile';
import { auditRecords } from '../io/auditRecords';
import { readCsvRecords } from '../io/readCsv';
import { formatSummaryText } from './formatSummary';
import { UsageError } from './usageError';

export interface AuditCommandOptions {
  profile: string;
  asOf?: string;
  columns?: string;
  records?: string;
  summary?: string;
  mask: boolean;
  lang: string;
  failOn: string;
  quiet?: boolean;
}

/** Runs `ddss audit`; returns the exit code (0 nothing fails, 1 some records fail). Throws UsageError for exit 2. */
export async function runAudit(file: string, options: AuditCommandOptions, stdin: Readable, stdout: NodeJS.WritableStream): Promise<number> {
  if (options.lang !== 'vi' && options.lang !== 'en') throw new UsageError(`--lang must be vi or en, got "${options.lang}"`);
  const lang = options.lang as Lang;
  if (!['error', 'warn', 'never'].includes(options.failOn)) throw new UsageError(`--fail-on must be error, warn or never, got "${options.failOn}"`);
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  try {
    resolveAsOf(asOf);
  } catch {
    throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, got "${options.asOf}"`);
  }
  const columns = parseColumns(options.columns);
  const profileRef = await loadProfileRef(options.profile);
  try {
    resolveProfile(profileRef, columns);
  } catch (error) {
    if (error instanceof ProfileError) throw new UsageError(`${options.profile}: ${error.message}`);
    throw error;
  }

  let source: Readable;
  if (file === '-') source = stdin;
  else {
    try {
      await access(file);
    } catch {
      throw new UsageError(`cannot open input file "${file}": no such file or not readable`);
    }
    source = createReadStream(file);
  }

  let records: AtomicStream | null = null;
  try {
    if (options.records) records = openAtomicStream(options.records);
    const out = records;
    const summary = await auditRecords(readCsvRecords(source), {
      profile: profileRef,
      columns,
      asOf,
      lang,
      mask: options.mask,
      onReport: out ? (report: RecordReport) => out.write(`${JSON.stringify(report)}\n`) : undefined,
    });
    if (records) await records.commit();
    records = null;
    if (options.summary) await writeFileAtomic(options.summary, `${JSON.stringify(summary, null, 2)}\n`);
    if (!options.quiet) stdout.write(`${formatSummaryText(summary, lang)}\n`);
    if (options.failOn === 'never') return 0;
    const failing = summary.verdicts.fail + (options.failOn === 'warn' ? summary.verdicts.warn : 0);
    return failing > 0 ? 1 : 0;
  } finally {
    if (records) await records.abort();
  }
}

/** `--columns so_dd=personalId,ten=fullName` → { so_dd: 'personalId', ten: 'fullName' }. */
export function parseColumns(text: string | undefined): Record<string, string> | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const out: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.lastIndexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw new UsageError(`--columns expects column=field pairs separated by commas, got "${pair}"`);
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

async function loadProfileRef(profile: string): Promise<string | ProfileSpecInput> {
  if (!profile.endsWith('.json')) return profile;
  let text: string;
  try {
    text = await readFile(profile, 'utf8');
  } catch {
    throw new UsageError(`cannot open profile file "${profile}"`);
  }
  try {
    return JSON.parse(text) as ProfileSpecInput;
  } catch (error) {
    throw new UsageError(`profile file "${profile}" is not valid JSON: ${(error as Error).message}`);
  }
}
