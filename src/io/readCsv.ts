import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import { detectDelimiter } from './detectDelimiter';
import { InputError } from './inputError';
import type { InputRecord } from './inputRecord';

export { InputError } from './inputError';

export interface CsvOptions {
  /** Force a delimiter instead of detecting it from the header line. */
  delimiter?: string;
}

/**
 * Streams the records of a CSV/TSV file: the first line names the columns, each further line is one record.
 * A row with more or fewer cells than the header still yields its record, with an input problem attached.
 * csv-parse does the parsing (quotes, CRLF, quoted newlines, BOM); this layer only maps rows onto the header.
 *
 * @throws InputError when the input is empty or cannot be parsed as CSV at all.
 */
export async function* readCsvRecords(source: Readable, options: CsvOptions = {}): AsyncGenerator<InputRecord> {
  const chunks = source[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) throw new InputError('the input is empty');
  const firstChunk = Buffer.isBuffer(first.value) ? first.value : Buffer.from(String(first.value));
  const delimiter = options.delimiter ?? detectDelimiter(firstChunk.toString('utf8', 0, Math.min(firstChunk.length, 64 * 1024)));
  const parser = parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: false });

  let feedError: unknown = null;
  const feeding = (async () => {
    try {
      if (!parser.write(firstChunk)) await new Promise((r) => parser.once('drain', r));
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
        if (!parser.write(next.value)) await new Promise((r) => parser.once('drain', r));
      }
      parser.end();
    } catch (error) {
      feedError = error;
      parser.destroy(error as Error);
    }
  })();

  let header: string[] | null = null;
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (header === null) {
        header = cells.map((c, i) => (c.trim() === '' ? `column_${i + 1}` : c.trim()));
        continue;
      }
      row += 1;
      const record: Record<string, unknown> = Object.create(null);
      const n = Math.min(cells.length, header.length);
      for (let i = 0; i < n; i++) record[header[i]!] = cells[i];
      const item: InputRecord = { row, record };
      if (cells.length !== header.length) {
        item.inputProblem = {
          code: 'input.ragged-row',
          vi: `Dòng có ${cells.length} ô nhưng tiêu đề có ${header.length} cột`,
          en: `The row has ${cells.length} cells but the header has ${header.length} columns`,
        };
      }
      yield item;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`cannot read the CSV after record ${row}: ${message}`);
  } finally {
    await feeding;
  }
  if (feedError) throw new InputError(`cannot read the input: ${(feedError as Error).message}`);
  if (header === null) throw new InputError('the input is empty');
}
