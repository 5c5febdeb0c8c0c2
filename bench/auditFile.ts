/**
 * File audits at scale: rows/s of csv-parse alone, of the hand-written zod baseline (csv-parse + zod), and of the
 * ddss audit (parse + validate + records + summary, worker threads) on a generated citizen CSV, with peak memory.
 * ddss runs from the built package in a plain Node process, as `npx ddss audit` does (`npm run bench` builds first).
 * Size: `DDSS_BENCH_ROWS` (default 1,000,000).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { zodValidate } from './baselines/zodCitizen';
import { writeCitizenCsv } from './citizenCsv';

async function timeCsvParse(path: string, onRow: (row: Record<string, string>) => void = () => {}): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  let rows = 0;
  for await (const row of createReadStream(path).pipe(parse({ columns: true, bom: true, relax_column_count: true }))) {
    onRow(row as Record<string, string>);
    rows++;
  }
  return { rows, seconds: (performance.now() - started) / 1000 };
}

export async function benchAuditFile(): Promise<void> {
  const count = Number(process.env.DDSS_BENCH_ROWS ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'ddss-bench-'));
  try {
    const input = join(dir, 'citizens.csv');
    await writeCitizenCsv(input, count);
    const alone = await timeCsvParse(input);
    let invalid = 0;
    const zod = await timeCsvParse(input, (row) => {
      if (!zodValidate(row)) invalid++;
    });
    const workers = availableParallelism();
    const child = JSON.parse(
      execFileSync(process.execPath, [join(import.meta.dirname, 'auditFileChild.mjs'), input, join(dir, 'r.ndjson'), join(dir, 's.json'), String(workers)], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      }).trim().split('\n').pop()!,
    ) as { rows: number; seconds: number; maxRssMiB: number };
    const rate = (r: { rows: number; seconds: number }) => Math.round(r.rows / r.seconds);
    console.log(`\n## File audit: ${count.toLocaleString('en')} citizen rows (${workers} cores)`);
    console.log(`  csv-parse alone                              ${String(rate(alone)).padStart(9)} rows/s`);
    console.log(`  zod baseline (csv-parse + zod validator)     ${String(rate(zod)).padStart(9)} rows/s  (${invalid} rejected)`);
    console.log(`  ddss audit, records + summary, ${workers} workers    ${String(rate(child)).padStart(9)} rows/s  (${(rate(child) / rate(alone)).toFixed(2)}× csv-parse alone), peak RSS ${Math.round(child.maxRssMiB)} MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
