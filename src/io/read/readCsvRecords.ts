import { InputError } from '../inputError';
import type { InputRecord } from '../inputRecord';
import { createCsvRowParser } from './csvRowParser';
import type { CsvRow } from './csvRowParser';
import { createTextDecoder } from './inputEncoding';
import type { InputEncoding } from './inputEncoding';
import { brokenQuote, raggedRow } from './inputProblems';

export interface CsvReadOptions {
  encoding: InputEncoding;
  delimiter: string;
}

/**
 * Streams the records of CSV/TSV bytes: the first non-blank row names the columns, every further row is one record
 * (blank lines are skipped and not counted). Each record is a null-prototype object, column → cell text.
 * A ragged row yields its record with `input.ragged-row`; a row with a broken quote yields the record read from its
 * own line with `input.broken-quote`. Windows-1258 cells are composed to NFC (the code page writes tone marks as
 * combining characters); other encodings are passed through untouched, so NFD text stays visible to the rules.
 *
 * @throws InputError when there is no header row (the input holds nothing but blank lines).
 * @example
 * for await (const { row, record } of readCsvRecords(chunks, { encoding: 'utf-8', delimiter: ';' })) console.log(row, record);
 */
export async function* readCsvRecords(chunks: AsyncIterable<Uint8Array>, options: CsvReadOptions): AsyncGenerator<InputRecord> {
  const parser = createCsvRowParser({ delimiter: options.delimiter });
  const compose = options.encoding === 'windows-1258';
  let header: string[] | null = null;
  let row = 0;

  // One loop over each chunk's rows, inline: delegating to a sync generator costs an extra promise per record.
  let rows: CsvRow[] = [];
  const texts = decodedTexts(chunks, options.encoding);
  for (let item = await texts.next(); ; item = await texts.next()) {
    rows = item.done ? parser.end() : parser.push(item.value);
    for (let k = 0; k < rows.length; k++) {
      const parsed = rows[k]!;
      const cells = compose ? parsed.cells.map((c) => c.normalize('NFC')) : parsed.cells;
      if (header === null) {
        header = columnNames(cells);
        continue;
      }
      row += 1;
      const record: Record<string, string> = Object.create(null);
      const n = cells.length < header.length ? cells.length : header.length;
      for (let i = 0; i < n; i++) record[header[i]!] = cells[i]!;
      if (parsed.brokenQuote) yield { row, record, inputProblem: brokenQuote() };
      else if (cells.length !== header.length) yield { row, record, inputProblem: raggedRow(cells.length, header.length) };
      else yield { row, record };
    }
    if (item.done) break;
  }
  if (header === null) throw new InputError('the input has no header row (it holds nothing but blank lines)');
}

/**
 * Column names from the header cells: trimmed; an empty one becomes `column_<n>`, a repeated one `<name>_<k>`,
 * so no column's values silently overwrite another's.
 *
 * @example columnNames([' ho_ten ', '', 'ho_ten']) // ['ho_ten', 'column_2', 'ho_ten_2']
 */
export function columnNames(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    const base = cell.trim() === '' ? `column_${i + 1}` : cell.trim();
    let name = base;
    for (let k = 2; seen.has(name); k++) name = `${base}_${k}`;
    seen.add(name);
    return name;
  });
}

/** The decoded text of each chunk, then whatever the decoder held back; empty texts are skipped. */
async function* decodedTexts(chunks: AsyncIterable<Uint8Array>, encoding: InputEncoding): AsyncGenerator<string> {
  const decoder = createTextDecoder(encoding);
  for await (const bytes of chunks) {
    const text = decoder.write(bytes);
    if (text.length > 0) yield text;
  }
  const rest = decoder.end();
  if (rest.length > 0) yield rest;
}
