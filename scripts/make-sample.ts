/**
 * Writes the bundled sample `examples/data/citizens-sample.csv`: 200 citizen records, about a third of them with one
 * labelled defect, deterministic (fixed seed) so the demo always prints the same summary.
 * Run: npx tsx scripts/make-sample.ts
 */
import { writeFileSync } from 'node:fs';
import { labelledSample } from '../tests/support/citizens';

const COLUMNS = ['ma_ho_so', 'so_dinh_danh', 'ho_ten', 'ngay_sinh', 'gioi_tinh', 'so_dien_thoai', 'dia_chi', 'ngay_cap', 'ngay_cap_nhat'] as const;

function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function sampleCsv(): string {
  const labelled = labelledSample(130, 3, 2026);
  // Interleave defects among valid rows, deterministically.
  const rows = labelled.map((s, i) => ({ s, key: (i * 7919) % labelled.length })).sort((a, b) => a.key - b.key).map((x) => x.s.row);
  rows.forEach((r, i) => {
    r.ma_ho_so = `HS${String(i + 1).padStart(8, '0')}`;
  });
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))];
  return `${lines.join('\n')}\n`;
}

if (process.argv[1]?.endsWith('make-sample.ts')) {
  writeFileSync(new URL('../examples/data/citizens-sample.csv', import.meta.url), sampleCsv());
  console.log('wrote examples/data/citizens-sample.csv');
}
