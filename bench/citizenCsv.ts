/**
 * A large citizen CSV for the file-audit benchmark: 20,000 labelled records (about a quarter with one defect)
 * repeated with fresh record ids up to the requested count. Deterministic.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { labelledSample } from '../tests/support/citizens';

const COLUMNS = ['ma_ho_so', 'so_dinh_danh', 'ho_ten', 'ngay_sinh', 'gioi_tinh', 'so_dien_thoai', 'dia_chi', 'ngay_cap', 'ngay_cap_nhat'] as const;

function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export async function writeCitizenCsv(path: string, rows: number): Promise<void> {
  const base = labelledSample(15_000, 180, 99).map((s) => s.row);
  const lines = base.map((r) => COLUMNS.slice(1).map((c) => cell(r[c])).join(','));
  const out = createWriteStream(path);
  out.write(`${COLUMNS.join(',')}\n`);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += `HS${String(i + 1).padStart(8, '0')},${lines[i % lines.length]}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

if (process.argv[1]?.endsWith('citizenCsv.ts')) {
  const [path, count] = process.argv.slice(2);
  writeCitizenCsv(path ?? 'citizens.csv', Number(count ?? 1_000_000)).then(() => console.log(`wrote ${path}`));
}
