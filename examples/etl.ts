/**
 * An ETL step: audit an export, write the cleaned file and the reports beside it, and fail the pipeline when any
 * record fails. Run: npx tsx examples/etl.ts examples/data/citizens-sample.csv out/
 */
import { mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { auditFile } from '../src';

export async function runEtl(input: string, outDir: string, asOf = new Date().toISOString().slice(0, 10)): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  const stem = basename(input, extname(input));
  const summary = await auditFile(input, {
    asOf,
    cleaned: join(outDir, `${stem}.cleaned.csv`),
    records: join(outDir, `${stem}.reports.ndjson`),
    summary: join(outDir, `${stem}.summary.json`),
    html: join(outDir, `${stem}.report.html`),
  });
  console.log(`${summary.rows} records: ${summary.verdicts.pass} pass, ${summary.verdicts.warn} warn, ${summary.verdicts.fail} fail`);
  // The pipeline stops here when the export is not fit to sync.
  return summary.verdicts.fail > 0 ? 1 : 0;
}

if (process.argv[1]?.endsWith('etl.ts')) {
  const [input = 'examples/data/citizens-sample.csv', outDir = 'out'] = process.argv.slice(2);
  runEtl(input, outDir, process.env.AS_OF).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`etl: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
