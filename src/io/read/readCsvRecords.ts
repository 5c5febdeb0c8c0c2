import { InputError } from '../inputError';
import type { InputRecord } from '../inputRecord';
import { createCsvRowParser } from './csvRowParser';
import type { CsvRow } from './csvRowParser';
import { createTextDecoder } from './inputEncoding';
import type { InputEncoding } from './inputEncoding';
import { csvInputRecord, encodedLength, lineFeedBlocks, recordCells, splitsAtLineFeeds, type CsvBlockPlan } from './csvBlocks';

export interface CsvReadOptions {
  encoding: InputEncoding;
  delimiter: string;
  /**
   * Filled, as the read goes, with the blocks the file splits into (UTF-8 and Windows-1258 only; left empty for
   * UTF-16), so that a second read can parse them apart, in workers (`readCsvBlock`).
   */
  plan?: CsvBlockPlan;
  /** Row number of the first record (default 1); the plan's blocks number their rows the same way. */
  firstRow?: number;
  /** Every CR ends a line (a classic Mac OS file, which has no LF): no plan then, as blocks are cut at LFs. */
  crLines?: boolean;
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
  const crLines = options.crLines === true;
  const byLines = splitsAtLineFeeds(options.encoding) && !crLines;
  const plan = byLines ? options.plan : undefined;
  let header: string[] | null = null;
  let row = (options.firstRow ?? 1) - 1;
  // Where the text the parser holds back starts, in bytes, and where the bytes read so far end.
  let heldFrom = 0;
  let readTo = 0;

  // One loop over each chunk's rows, inline: delegating to a sync generator costs an extra promise per record.
  let rows: CsvRow[] = [];
  const texts = decodedTexts(byLines ? lineFeedBlocks(chunks) : chunks, options.encoding, crLines);
  for (let item = await texts.next(); ; item = await texts.next()) {
    rows = item.done ? parser.end() : parser.push(item.value.text);
    if (!item.done) readTo += item.value.bytes;
    const firstRow = row + 1;
    let headerHere = false;
    for (let k = 0; k < rows.length; k++) {
      const parsed = rows[k]!;
      const cells = recordCells(parsed, options.encoding);
      if (header === null) {
        header = columnNames(cells);
        headerHere = true;
        if (plan) plan.header = header;
        continue;
      }
      row += 1;
      yield csvInputRecord(parsed, cells, header, row);
    }
    if (plan) {
      if (item.done) {
        if (rows.length > 0 || heldFrom < readTo) plan.blocks.push({ start: heldFrom, end: readTo, firstRow, rows: row - firstRow + 1, header: headerHere, final: true });
        else if (plan.blocks.length > 0) plan.blocks[plan.blocks.length - 1]!.final = true;
      } else if (rows.length > 0) {
        // The block is all the text the parser had, held-back tail included: a row's reading may have looked
        // ahead into it. The next block starts where that tail does.
        plan.blocks.push({ start: heldFrom, end: readTo, firstRow, rows: row - firstRow + 1, header: headerHere, final: false });
        heldFrom = readTo - encodedLength(parser.pending(), options.encoding);
      }
    }
    if (item.done) break;
  }
  if (header === null) throw new InputError('the input has no header row (it holds nothing but blank lines)', { vi: 'đầu vào không có dòng tiêu đề (chỉ có dòng trống)' });
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

/**
 * The decoded text of each chunk with its byte count, then whatever the decoder held back; empty texts are skipped.
 * With `crLines`, every CR is a line feed.
 */
async function* decodedTexts(chunks: AsyncIterable<Uint8Array>, encoding: InputEncoding, crLines = false): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = createTextDecoder(encoding);
  let bytes = 0;
  for await (const chunk of chunks) {
    const decoded = decoder.write(chunk);
    const text = crLines ? decoded.replaceAll('\r', '\n') : decoded;
    bytes += chunk.length;
    if (text.length > 0) {
      yield { text, bytes };
      bytes = 0;
    }
  }
  const rest = crLines ? decoder.end().replaceAll('\r', '\n') : decoder.end();
  if (rest.length > 0 || bytes > 0) yield { text: rest, bytes };
}
