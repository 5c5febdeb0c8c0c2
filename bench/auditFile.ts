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

/** The median of a few numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function benchAuditFile(): Promise<void> {
  const count = Number(process.env.DDSS_BENCH_ROWS ?? 1_000_000);
  // The VM's speed swings by up to 2× from minute to minute: the three contenders take turns, round after round,
  // and the medians are compared (one round each once gave csv-parse 50,000 rows/s here and 84,000 an hour later).
  const rounds = Math.max(1, Number(process.env.DDSS_BENCH_ROUNDS ?? 3));
  const dir = mkdtempSync(join(tmpdir(), 'ddss-bench-'));
  try {
    const input = join(dir, 'citizens.csv');
    await writeCitizenCsv(input, count);
    const workers = availableParallelism();
    const rate = (r: { rows: number; seconds: number }) => Math.round(r.rows / r.seconds);
    const alone: number[] = [];
    const zod: number[] = [];
    const ddss: number[] = [];
    let peakMiB = 0;
    let invalid = 0;
    for (let round = 0; round < rounds; round++) {
      alone.push(rate(await timeCsvParse(input)));
      invalid = 0;
      zod.push(
        rate(
          await timeCsvParse(input, (row) => {
            if (!zodValidate(row)) invalid++;
          }),
        ),
      );
      const child = JSON.parse(
        execFileSync(process.execPath, [join(import.meta.dirname, 'auditFileChild.mjs'), input, join(dir, 'r.ndjson'), join(dir, 's.json'), String(workers)], {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        }).trim().split('\n').pop()!,
      ) as { rows: number; seconds: number; maxRssMiB: number };
      ddss.push(rate(child));
      peakMiB = Math.max(peakMiB, child.maxRssMiB);
    }
    const each = (values: number[]) => (values.length > 1 ? `  (rounds: ${values.map((v) => v.toLocaleString('en')).join(', ')})` : '');
    console.log(`\n## File audit: ${count.toLocaleString('en')} citizen rows (${workers} cores), median of ${rounds} alternating round${rounds > 1 ? 's' : ''}`);
    console.log(`  csv-parse alone                              ${String(Math.round(median(alone))).padStart(9)} rows/s${each(alone)}`);
    console.log(`  zod baseline (csv-parse + zod validator)     ${String(Math.round(median(zod))).padStart(9)} rows/s  (${invalid} rejected)${each(zod)}`);
    console.log(
      `  ddss audit, records + summary, ${workers} workers    ${String(Math.round(median(ddss))).padStart(9)} rows/s  (${(median(ddss) / median(alone)).toFixed(2)}× csv-parse alone), peak RSS ${Math.round(peakMiB)} MiB${each(ddss)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
