// Child process for bench/auditFile.ts: audits one file with the built library (what `npx ddss audit` runs) and
// prints rows/s and peak memory as JSON. Plain JavaScript, so no TypeScript loader sits in the measured process.
import { auditFile } from '../dist/index.js';

const [input, records, summary, workers] = process.argv.slice(2);
const started = performance.now();
const result = await auditFile(input, { asOf: '2026-11-01', records, summary, workers: Number(workers) });
const seconds = (performance.now() - started) / 1000;
// maxRSS covers the worker threads too: they share the process.
console.log(JSON.stringify({ rows: result.rows, seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
