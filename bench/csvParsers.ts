import { Readable } from 'node:stream';
import { parse as csvParseStream } from 'csv-parse';
import { parse as csvParseSync } from 'csv-parse/sync';
import csvParser from 'csv-parser';
import { parse as fastCsvParse } from '@fast-csv/parse';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import { createCsvRowParser } from '../src/io/read/csvRowParser';
import { openInput } from '../src/io/read/openInput';
import { compare, report } from './harness';
import type { Measurement } from './harness';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Thu', 'Quốc', 'Xuân'];
const GIVEN = ['An', 'Hoà', 'Thuỷ', 'Quỳnh', 'Khuê', 'Tuấn', 'Ánh', 'Yến', 'Hương', 'Phương', 'Dũng', 'Cường', 'Nguyệt'];
const STREETS = ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Điện Biên Phủ', 'Cách Mạng Tháng Tám'];
const WARDS = ['Phường Bến Nghé', 'Phường Hoàn Kiếm', 'Xã Tân Phú', 'Phường Ba Đình', 'Xã Phước Vĩnh An'];
const PROVINCES = ['Thành phố Hồ Chí Minh', 'Thành phố Hà Nội', 'Tỉnh Đồng Nai', 'Thành phố Huế', 'Tỉnh Gia Lai'];
const HEADER = 'so_cccd,ho_ten,ngay_sinh,gioi_tinh,so_dien_thoai,dia_chi,ngay_cap,ghi_chu';

/** A fixed pseudo-random sequence (LCG), so every run measures the same bytes. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A citizen export of `rows` records as UTF-8 bytes: every address quoted (it holds commas), one note in ten quoted
 * with an escaped quote, one line in five ending in CRLF (files concatenated from Windows and Linux exports).
 */
export function citizenCsv(rows: number): Buffer {
  const next = sequence(20250701);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
  const lines: string[] = [HEADER, '\n'];
  for (let i = 0; i < rows; i++) {
    const year = 1940 + Math.floor(next() * 80);
    const date = `${String(1 + Math.floor(next() * 28)).padStart(2, '0')}/${String(1 + Math.floor(next() * 12)).padStart(2, '0')}/${year}`;
    const address = `"Số ${1 + Math.floor(next() * 300)}, đường ${pick(STREETS)}, ${pick(WARDS)}, ${pick(PROVINCES)}"`;
    const note = next() < 0.1 ? '"đã đối chiếu ""CCCD gắn chip"", khớp"' : '';
    lines.push(`0${digits(2)}${year % 100 < 10 ? '0' : ''}${digits(9)},${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)},${date},${next() < 0.5 ? 'Nam' : 'Nữ'},09${digits(8)},${address},01/07/2021,${note}`);
    lines.push(next() < 0.2 ? '\r\n' : '\n');
  }
  return Buffer.from(lines.join(''));
}

function chunksOf(bytes: Buffer, size = 256 * 1024): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

/**
 * A streaming contender hands every row to `emit` as it comes: the timing counts them (memory stays flat, as in
 * `ddss audit`), the correctness check keeps them.
 */
type Contender = (bytes: Buffer, emit: (row: unknown) => void) => Promise<void>;

async function drain(stream: NodeJS.ReadableStream, emit: (row: unknown) => void): Promise<void> {
  for await (const row of stream as AsyncIterable<unknown>) emit(row);
}

const STREAMING: Record<string, Contender> = {
  'csv-parse (stream)': (bytes, emit) => drain(Readable.from(chunksOf(bytes)).pipe(csvParseStream({ relax_column_count: true, record_delimiter: ['\r\n', '\n'] })), emit),
  // csv-parser rewrites its input buffers in place (unescaping ""), so it gets a copy or it corrupts the others' input.
  'csv-parser (stream)': (bytes, emit) => drain(Readable.from(chunksOf(Buffer.from(bytes))).pipe(csvParser({ headers: false })), emit),
  '@fast-csv/parse (stream)': (bytes, emit) => drain(Readable.from(chunksOf(bytes)).pipe(fastCsvParse({ ignoreEmpty: true })), emit),
  'ddss createCsvRowParser (stream)': async (bytes, emit) => {
    const parser = createCsvRowParser({ delimiter: ',' });
    const decoder = new TextDecoder();
    for await (const chunk of Readable.from(chunksOf(bytes)) as AsyncIterable<Buffer>) {
      for (const r of parser.push(decoder.decode(chunk, { stream: true }))) emit(r.cells);
    }
    for (const r of parser.end()) emit(r.cells);
  },
  'udsv (stream chunks)': async (bytes, emit) => {
    const decoder = new TextDecoder();
    let parser: ReturnType<typeof initParser> | null = null;
    const onRow = (row: string[]) => void emit(row);
    for await (const chunk of Readable.from(chunksOf(bytes)) as AsyncIterable<Buffer>) {
      const text = decoder.decode(chunk, { stream: true });
      if (parser === null) {
        const schema = inferSchema(text);
        emit(schema.cols.map((c) => c.name)); // udsv takes the first row as the header
        parser = initParser(schema);
      }
      parser.chunk<string[]>(text, parser.stringArrs, onRow);
    }
    parser?.end();
  },
  // The whole reader the CLI uses: detection, decoding, null-prototype records, one async iteration per record.
  'ddss openInput → InputRecord (stream)': async (bytes, emit) => {
    const source = await openInput(Readable.from(chunksOf(bytes)));
    let first = true;
    for await (const { record } of source.records) {
      if (first) emit(Object.keys(record as object));
      first = false;
      emit(record);
    }
  },
};

/** The rows a streaming contender emits, as cell arrays (csv-parser and openInput emit objects). */
async function collectRows(run: Contender, bytes: Buffer): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  await run(bytes, (row) => rows.push(Array.isArray(row) ? row : Object.values(row as object)));
  return rows;
}

const WHOLE: Record<string, (bytes: Buffer) => unknown[][]> = {
  'csv-parse/sync (whole string)': (bytes) => csvParseSync(bytes, { relax_column_count: true, record_delimiter: ['\r\n', '\n'] }) as unknown[][],
  'papaparse (whole string)': (bytes) => Papa.parse<string[]>(bytes.toString('utf8'), { skipEmptyLines: true }).data,
  'udsv stringArrs (whole string)': (bytes) => {
    const text = bytes.toString('utf8');
    const schema = inferSchema(text);
    // udsv takes the first row as the header and returns the rows after it.
    return [schema.cols.map((c) => c.name), ...initParser(schema).stringArrs(text)];
  },
  'ddss createCsvRowParser (whole string)': (bytes) => {
    const parser = createCsvRowParser({ delimiter: ',' });
    return [...parser.push(bytes.toString('utf8')), ...parser.end()].map((r) => r.cells);
  },
};

async function timeStreaming(bytes: Buffer, name: string, run: Contender, runs: number): Promise<Measurement> {
  let count = 0;
  const emit = () => void count++;
  await run(bytes, emit);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run(bytes, emit);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name, medianNsPerOp: times[Math.floor(times.length / 2)]! * 1e6, samples: runs };
}

/** Same rows as the reference, cell for cell (a CR left at a line end or a row merged across lines shows here). */
function sameRows(rows: unknown[][], expected: string[][]): boolean {
  if (rows.length !== expected.length) return false;
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    const b = expected[i]!;
    if (a.length !== b.length || a.some((cell, k) => cell !== b[k])) return false;
  }
  return true;
}

/**
 * Every installed CSV parser on a realistic citizen export, bytes to string-array rows, in one run. The streaming
 * parsers read the whole ~200k-row file (about 30 MB) in 256 KiB chunks, timed end to end (median of `runs`); the
 * whole-string parsers go through `compare` on a 5,000-row cut of the same file (tinybench runs at least 64
 * iterations, too many for a 30 MB file). Every figure is normalised to ns per row, so the table's ratios compare
 * like with like. It also checks each parser's rows against csv-parse's, cell for cell, on the full file.
 * Returns the measurements (`medianNsPerOp` = ns per row).
 */
export async function benchCsvParsers(options: { rows?: number; runs?: number; timeMs?: number } = {}): Promise<Measurement[]> {
  const rowCount = options.rows ?? 200_000;
  const bytes = citizenCsv(rowCount);
  const cutRows = Math.min(rowCount, 5_000);
  const cut = citizenCsv(cutRows);
  const expected = csvParseSync(bytes, { relax_column_count: true, record_delimiter: ['\r\n', '\n'] }) as string[][];
  // A parser that throws on this (valid) file is reported and left out of the timing.
  const verdict = new Map<string, string>();
  const check = async (name: string, run: () => Promise<unknown[][]> | unknown[][]) => {
    try {
      verdict.set(name, sameRows(await run(), expected) ? 'same rows' : 'DIFFERENT rows');
    } catch (error) {
      verdict.set(name, `THROWS: ${(error instanceof Error ? error.message : String(error)).slice(0, 60)}`);
    }
  };
  for (const [name, run] of Object.entries(STREAMING)) await check(name, () => collectRows(run, bytes));
  for (const [name, run] of Object.entries(WHOLE)) await check(name, () => run(bytes));
  const usable = (name: string) => !verdict.get(name)!.startsWith('THROWS');

  const perRow = (m: Measurement, rows: number): Measurement => ({ ...m, medianNsPerOp: m.medianNsPerOp / (rows + 1) });
  const measured: Measurement[] = [];
  for (const [name, run] of Object.entries(STREAMING)) {
    if (usable(name)) measured.push(perRow(await timeStreaming(bytes, name, run, options.runs ?? 5), rowCount));
  }
  const whole = Object.fromEntries(Object.entries(WHOLE).filter(([name]) => usable(name)));
  for (const m of await compare([cut], whole, { timeMs: options.timeMs ?? 1000 })) measured.push(perRow(m, cutRows));

  report(`CSV parsers: citizen rows (${rowCount.toLocaleString('en')} streamed, ${(bytes.length / 1e6).toFixed(1)} MB; ${cutRows.toLocaleString('en')} whole-string), bytes → string[] rows, per row`, measured, 'csv-parse (stream)');
  console.log("  rows/s (median), and whether the rows equal csv-parse's cell for cell (full file):");
  for (const [name, result] of verdict) {
    const m = measured.find((x) => x.name === name);
    const rowsPerSecond = m ? Math.round(1e9 / m.medianNsPerOp).toLocaleString('en') : '—';
    console.log(`  ${name.padEnd(44)} ${rowsPerSecond.padStart(12)} rows/s   ${result}`);
  }
  return measured;
}
